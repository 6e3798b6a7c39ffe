package de.lotse.planning.plans.application;

import de.lotse.planning.casefacts.application.PlanningPolicies;
import de.lotse.planning.plans.domain.Agreement;
import de.lotse.planning.plans.domain.LegalForm;
import de.lotse.planning.plans.infrastructure.LetterStore;
import de.lotse.planning.plans.infrastructure.PlanStore;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.contracts.PlanAgreed;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.importing.ImportChecks;
import de.lotse.platform.importing.ImportedIds;
import de.lotse.platform.outbox.OutboxWriter;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A case's agreements as another system recorded them (docs/import.md): Kooperationspläne and, before 1 July 2023,
 * Eingliederungsvereinbarungen, each judged by the law and the policy of its day ({@link Agreement#takeOver}) and
 * published as {@code plan-agreed} with its historical days, so that it is valid or expired in planning's views and
 * in reporting as of its days. An agreement is known by an id derived from its source id: imported again it changes
 * nothing, changed it is refused.
 */
@Singleton
public class AgreementHistory {
    /** The record format's name of the Eingliederungsvereinbarung a. F. (Lotse: {@code EINV}). */
    public static final String EGV = "EINGLIEDERUNGSVEREINBARUNG";

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime RECORDED_AT = LocalTime.of(12, 0);

    private final PlanStore plans;
    private final LetterStore letters;
    private final PlanningPolicies policies;
    private final OutboxWriter outbox;

    AgreementHistory(PlanStore plans, LetterStore letters, PlanningPolicies policies, OutboxWriter outbox) {
        this.plans = plans;
        this.letters = letters;
        this.policies = policies;
        this.outbox = outbox;
    }

    /**
     * An agreement of the source system.
     *
     * @param field where it stands in the import record ({@code agreements[0]})
     * @param type  KOOPERATIONSPLAN or EINGLIEDERUNGSVEREINBARUNG
     */
    public record Imported(
            String field,
            String sourceId,
            String type,
            LocalDate agreedOn,
            LocalDate validUntil,
            LocalDate reviewOn,
            List<String> jobcenterServices,
            List<String> customerObligations,
            boolean legalConsequenceInstruction,
            LocalDate signedOn) {}

    public static UUID idOf(UUID caseId, String sourceId) {
        return ImportedIds.itemId(caseId, "agreement", sourceId);
    }

    /** The record format's type of an agreement of Lotse. */
    public static String formatType(String type) {
        return "EINV".equals(type) ? EGV : type;
    }

    /** Takes the agreements over in the order of their days; returns the ones added ({@code agreements[0] 2023-02-01}). */
    public List<String> replay(CaseReference c, List<Imported> imported, LocalDate today) {
        List<Imported> ordered = new ArrayList<>(imported);
        ordered.sort(Comparator.comparing(Imported::agreedOn));
        List<LegalForm> forms = letters.legalForms();
        return ImportChecks.eachItem(
                ordered,
                Imported::field,
                agreement -> take(c, agreement, forms, today)
                        ? List.of(agreement.field() + " " + agreement.agreedOn())
                        : List.<String>of());
    }

    private boolean take(CaseReference c, Imported imported, List<LegalForm> forms, LocalDate today) {
        String type;
        if (EGV.equals(imported.type())) {
            type = "EINV";
        } else if ("KOOPERATIONSPLAN".equals(imported.type())) {
            type = imported.type();
        } else {
            throw new RuleViolation(
                    "type", "UNKNOWN_TYPE", "Übernommen werden KOOPERATIONSPLAN und EINGLIEDERUNGSVEREINBARUNG.");
        }
        if (c.admittedOn() != null && imported.agreedOn().isBefore(c.admittedOn())
                || c.closedOn() != null && imported.agreedOn().isAfter(c.closedOn())) {
            throw new RuleViolation(
                    "agreedOn", "OUTSIDE_CASE", "Eine Vereinbarung liegt zwischen Aufnahme und Beendigung des Falls.");
        }
        UUID id = idOf(c.caseId(), imported.sourceId());
        Agreement agreement = Agreement.takeOver(
                id,
                c.caseId(),
                c.jobcenterId(),
                new Agreement.Terms(
                        type,
                        imported.agreedOn(),
                        imported.validUntil(),
                        imported.reviewOn(),
                        imported.jobcenterServices(),
                        imported.customerObligations(),
                        imported.legalConsequenceInstruction(),
                        null,
                        null,
                        null),
                imported.signedOn(),
                policies.on(c.jobcenterId(), imported.agreedOn()),
                forms,
                c.caseManagerId() != null ? c.caseManagerId() : "import",
                today,
                at(imported.agreedOn()));
        Optional<Agreement> known = plans.agreement(c.jobcenterId(), c.caseId(), id);
        if (known.isPresent()) {
            Agreement was = known.get();
            if (!was.type().equals(agreement.type())
                    || !was.agreedOn().equals(agreement.agreedOn())
                    || !Objects.equals(was.validUntil(), agreement.validUntil())
                    || !Objects.equals(was.reviewOn(), agreement.reviewOn())
                    || !was.jobcenterServices().equals(agreement.jobcenterServices())
                    || !was.customerObligations().equals(agreement.customerObligations())
                    || was.legalConsequenceInstruction() != agreement.legalConsequenceInstruction()) {
                throw new RuleViolation(
                        "",
                        "IMPORTED_HISTORY_CHANGED",
                        "Diese Vereinbarung ist bereits übernommen und lässt sich durch eine erneute Übernahme nicht"
                                + " ändern; eine Korrektur erfolgt im Fall selbst.");
            }
            return false;
        }
        plans.insert(agreement);
        if (imported.signedOn() != null) {
            plans.signedOn(agreement.id(), imported.signedOn());
        }
        outbox.append(
                c.jobcenterId(),
                c.caseId(),
                PlanAgreed.builder()
                        .caseId(c.caseId())
                        .planId(agreement.id())
                        .agreementType(agreement.type())
                        .agreedOn(agreement.agreedOn())
                        .validUntil(agreement.validUntil())
                        .strategyCount(0) // the plan as it was agreed is not part of the record
                        .needsWithoutStrategy(0)
                        .agreedAt(agreement.agreedAt())
                        .reviewOn(agreement.reviewOn())
                        .build());
        return true;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(RECORDED_AT).atZone(BERLIN).toInstant();
    }
}
