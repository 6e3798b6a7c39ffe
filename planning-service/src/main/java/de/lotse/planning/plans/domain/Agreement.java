package de.lotse.planning.plans.domain;

import de.lotse.planning.casefacts.domain.LatestAssessment;
import de.lotse.planning.casefacts.domain.PlanningPolicy;
import de.lotse.platform.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The agreement the plan is based on (§ 15 SGB II; docs/domain.md §6.4, §15): its legal form follows its date —
 * a Kooperationsplan for every agreement from 1 July 2023, an Eingliederungsvereinbarung (a. F.) before — whatever
 * the preset's age; or, by exception, none. It records what the Jobcenter provides and what the customer does, is
 * reviewed jointly at the latest after six months (the law), and where the policy limits it (UCKERMARK 4.1.4) is
 * valid at most that long; it is renewed on a fresh assessment.
 *
 * @param type                        EINV, KOOPERATIONSPLAN or NONE
 * @param validUntil                  end of validity where the policy limits it (or the FM set one); none for NONE
 * @param reviewOn                    reviewed and updated jointly at the latest on this day; none for NONE
 * @param jobcenterServices           what the Jobcenter provides
 * @param customerObligations         what the customer does
 * @param legalConsequenceInstruction EinV: the Rechtsfolgenbelehrung was given (and documented)
 * @param guardianSignedOn            under 18: the legal guardian co-signed (UCKERMARK 5.3)
 * @param exception                   the reason for NONE
 * @param assessmentVersion           the assessment the agreement rests on
 * @param plan                        the plan as agreed
 * @param legalFormFrom               the legal form's effective date (identifies it, see {@link LegalForm}); none for NONE
 * @param agreedByName                the display name of the FM who concluded it, as the token named them; printed
 */
public record Agreement(
        UUID id,
        UUID caseId,
        String jobcenterId,
        String type,
        LocalDate agreedOn,
        LocalDate validUntil,
        List<String> jobcenterServices,
        List<String> customerObligations,
        boolean legalConsequenceInstruction,
        LocalDate guardianSignedOn,
        AgreementException exception,
        String exceptionNote,
        Integer assessmentVersion,
        Plan plan,
        int policyVersion,
        String agreedBy,
        Instant agreedAt,
        LocalDate reviewOn,
        LocalDate legalFormFrom,
        String agreedByName) {

    public static final String NONE = "NONE";
    private static final java.time.format.DateTimeFormatter GERMAN_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public Agreement {
        jobcenterServices = List.copyOf(jobcenterServices);
        customerObligations = List.copyOf(customerObligations);
    }

    /** What the FM submits. */
    public record Terms(
            String type,
            LocalDate agreedOn,
            LocalDate validUntil,
            LocalDate reviewOn,
            List<String> jobcenterServices,
            List<String> customerObligations,
            boolean legalConsequenceInstruction,
            LocalDate guardianSignedOn,
            AgreementException exception,
            String exceptionNote) {

        /** The day the agreement is concluded: the one given, else today. */
        public LocalDate agreedOnOr(LocalDate today) {
            return agreedOn != null ? agreedOn : today;
        }
    }

    /**
     * Concludes the agreement: the legal form in force on its date (a type sent must be that one); reviewed at the
     * latest after the law's six months; valid at most the policy's maximum where it sets one; a renewal
     * needs an assessment completed after the previous agreement; the guardian co-signs for a minor;
     * an EinV documents the legal-consequence instruction (a Kooperationsplan has none); no agreement
     * only for a customer who cannot oversee the consequences or in category X, Y, Z.
     *
     * @param forms  the legal forms with their effective dates
     * @param byName the concluding FM's display name, if the token carries one
     * @param minor  the customer is a minor on the agreement date ({@link Terms#agreedOnOr}), not today:
     *               a backdated agreement from before the 18th birthday needs the guardian too
     */
    public static Agreement conclude(
            UUID id,
            UUID caseId,
            String jobcenterId,
            Terms terms,
            Plan plan,
            Agreement previous,
            LatestAssessment assessment,
            boolean minor,
            PlanningPolicy policy,
            List<LegalForm> forms,
            String by,
            String byName,
            LocalDate today,
            Instant now) {
        List<RuleViolation.Broken> broken = new ArrayList<>();
        LocalDate agreedOn = terms.agreedOnOr(today);
        if (agreedOn.isAfter(today)) {
            broken.add(new RuleViolation.Broken(
                    "agreedOn", "IN_FUTURE", "Die Vereinbarung kann nicht in der Zukunft liegen."));
            // the other rules are judged as of today: a day far ahead (+999999999-12-31) would leave the range of
            // dates once the review period is added, and the request must be refused, not fail
            agreedOn = today;
        }
        if (NONE.equals(terms.type())) {
            if (terms.exception() == null) {
                broken.add(new RuleViolation.Broken(
                        "exception",
                        "EXCEPTION_REQUIRED",
                        "Ohne Vereinbarung nur mit Grund: Folgen nicht übersehbar oder Kategorie X, Y, Z."));
            } else if (terms.exception() == AgreementException.CATEGORY_X_Y_Z
                    && (assessment == null || !assessment.categoryXyz())) {
                broken.add(new RuleViolation.Broken(
                        "exception",
                        "NOT_CATEGORY_X_Y_Z",
                        "Die Kundin / der Kunde ist nach dem letzten Assessment nicht in Kategorie X, Y oder Z."));
            } else if (terms.exception() == AgreementException.CANNOT_OVERSEE_CONSEQUENCES
                    && (terms.exceptionNote() == null || terms.exceptionNote().isBlank())) {
                broken.add(new RuleViolation.Broken(
                        "exceptionNote",
                        "NOTE_REQUIRED",
                        "Bitte begründen, warum die Folgen einer Vereinbarung nicht übersehen werden können."));
            }
            throwIfBroken(broken);
            return new Agreement(
                    id,
                    caseId,
                    jobcenterId,
                    NONE,
                    agreedOn,
                    null,
                    List.of(),
                    List.of(),
                    false,
                    null,
                    terms.exception(),
                    terms.exceptionNote(),
                    assessment == null ? null : assessment.version(),
                    plan,
                    policy.version(),
                    by,
                    now,
                    null,
                    null,
                    byName);
        }
        LegalForm form = legalForm(terms, agreedOn, forms, broken);
        if (assessment == null) {
            broken.add(new RuleViolation.Broken(
                    "assessment",
                    "ASSESSMENT_REQUIRED",
                    "Die Vereinbarung beruht auf einem abgeschlossenen Assessment."));
        } else if (previous != null
                && !NONE.equals(previous.type())
                && !assessment.completedAt().isAfter(previous.agreedAt())) {
            broken.add(new RuleViolation.Broken(
                    "assessment",
                    "FRESH_ASSESSMENT_REQUIRED",
                    "Eine Fortschreibung beruht auf einem neuen Assessment; das letzte ist älter als die bisherige "
                            + "Vereinbarung. Bitte zuerst ein neues Assessment abschließen."));
        }
        LocalDate reviewOn = contents(terms, agreedOn, form, policy, broken);
        if (minor && terms.guardianSignedOn() == null) {
            broken.add(new RuleViolation.Broken(
                    "guardianSignedOn",
                    "GUARDIAN_SIGNATURE_REQUIRED",
                    "Die Kundin / der Kunde ist minderjährig: die gesetzliche Vertretung unterschreibt mit."));
        }
        instruction(terms, form, broken);
        if (plan == null) {
            broken.add(new RuleViolation.Broken("plan", "PLAN_REQUIRED", "Es gibt noch keinen Integrationsplan."));
        }
        throwIfBroken(broken);
        return new Agreement(
                id,
                caseId,
                jobcenterId,
                form.code(),
                agreedOn,
                terms.validUntil(),
                terms.jobcenterServices(),
                terms.customerObligations(),
                terms.legalConsequenceInstruction(),
                terms.guardianSignedOn(),
                null,
                null,
                assessment.version(),
                plan,
                policy.version(),
                by,
                now,
                reviewOn,
                form.effectiveFrom(),
                byName);
    }

    /**
     * An agreement taken over from another system (docs/import.md), judged by the rules of its day: the legal form
     * in force then (an Eingliederungsvereinbarung dated from 1 July 2023 on is refused, § 15 SGB II n. F.), the
     * review within the law's months, the validity the policy of that day allowed, the contents and the
     * instruction the form asks for. Not judged here: the assessment it rested on (assessment's history, taken
     * over by assessment) and a minor's guardian (the format carries no co-signature). The plan as it was agreed
     * is not known: the agreement carries none.
     *
     * @param signedOn when the customer signed (an EinV a. F.; a Kooperationsplan needs no signature)
     */
    public static Agreement takeOver(
            UUID id,
            UUID caseId,
            String jobcenterId,
            Terms terms,
            LocalDate signedOn,
            PlanningPolicy policy,
            List<LegalForm> forms,
            String by,
            LocalDate today,
            Instant at) {
        List<RuleViolation.Broken> broken = new ArrayList<>();
        LocalDate agreedOn = terms.agreedOn();
        if (agreedOn.isAfter(today)) {
            broken.add(new RuleViolation.Broken(
                    "agreedOn", "IN_FUTURE", "Die Vereinbarung kann nicht in der Zukunft liegen."));
        }
        if (NONE.equals(terms.type())) {
            broken.add(new RuleViolation.Broken(
                    "type", "UNKNOWN_TYPE", "Übernommen werden Kooperationspläne und Eingliederungsvereinbarungen."));
            throwIfBroken(broken);
        }
        LegalForm form = legalForm(terms, agreedOn, forms, broken);
        LocalDate reviewOn = contents(terms, agreedOn, form, policy, broken);
        instruction(terms, form, broken);
        if (signedOn != null && (signedOn.isBefore(agreedOn) || signedOn.isAfter(today))) {
            broken.add(new RuleViolation.Broken(
                    "signedOn", "SIGNED_OUTSIDE_AGREEMENT", "Unterschrieben wird am Abschlusstag oder danach."));
        }
        throwIfBroken(broken);
        return new Agreement(
                id,
                caseId,
                jobcenterId,
                form.code(),
                agreedOn,
                terms.validUntil(),
                terms.jobcenterServices(),
                terms.customerObligations(),
                terms.legalConsequenceInstruction(),
                null,
                null,
                null,
                null,
                null,
                policy.version(),
                by,
                at,
                reviewOn,
                form.effectiveFrom(),
                null);
    }

    /** The legal form in force on the agreement's day; a type given must be that one. */
    private static LegalForm legalForm(
            Terms terms, LocalDate agreedOn, List<LegalForm> forms, List<RuleViolation.Broken> broken) {
        LegalForm form = LegalForm.inForceOn(forms, agreedOn).orElse(null);
        if (form == null) {
            broken.add(new RuleViolation.Broken(
                    "agreedOn",
                    "NO_LEGAL_FORM",
                    "Für dieses Datum kennt Lotse keine " + "Vereinbarung nach § 15 SGB II."));
            throwIfBroken(broken);
        }
        if (terms.type() != null && !form.code().equals(terms.type())) {
            broken.add(new RuleViolation.Broken(
                    "type",
                    "LEGAL_FORM_OF_DATE",
                    "Für eine Vereinbarung vom " + agreedOn.format(GERMAN_DATE) + " gilt der " + form.title() + " ("
                            + form.lawReference() + ")."));
        }
        if (terms.exception() != null) {
            broken.add(new RuleViolation.Broken(
                    "exception",
                    "EXCEPTION_ONLY_WITHOUT_AGREEMENT",
                    "Ein Ausnahmegrund gehört nur zu „keine Vereinbarung“."));
        }
        return form;
    }

    /** The review within the form's months, the validity the policy allows, the contents; returns the review day. */
    private static LocalDate contents(
            Terms terms, LocalDate agreedOn, LegalForm form, PlanningPolicy policy, List<RuleViolation.Broken> broken) {
        LocalDate latestReview = agreedOn.plusMonths(form.reviewWithinMonths());
        LocalDate reviewOn = terms.reviewOn() != null ? terms.reviewOn() : latestReview;
        if (!reviewOn.isAfter(agreedOn) || reviewOn.isAfter(latestReview)) {
            broken.add(new RuleViolation.Broken(
                    "reviewOn",
                    "REVIEW_TOO_LATE",
                    "Die Vereinbarung wird nach dem Abschluss "
                            + "und spätestens nach " + form.reviewWithinMonths() + " Monaten gemeinsam überprüft ("
                            + form.lawReference() + ")."));
        }
        Integer maxMonths = policy.agreementMaxValidityMonths();
        if (maxMonths != null
                && (terms.validUntil() == null
                        || !terms.validUntil().isAfter(agreedOn)
                        || terms.validUntil().isAfter(agreedOn.plusMonths(maxMonths)))) {
            broken.add(new RuleViolation.Broken(
                    "validUntil",
                    "VALIDITY_TOO_LONG",
                    "Die Vereinbarung gilt nach dem " + "Abschluss und nach der Richtlinie des Jobcenters höchstens "
                            + maxMonths + " Monate."));
        } else if (terms.validUntil() != null && !terms.validUntil().isAfter(agreedOn)) {
            broken.add(new RuleViolation.Broken(
                    "validUntil", "VALIDITY_TOO_LONG", "Die Vereinbarung gilt nach dem Abschluss."));
        }
        if (terms.jobcenterServices().isEmpty()) {
            broken.add(
                    new RuleViolation.Broken("jobcenterServices", "REQUIRED", "Die Leistungen des Jobcenters fehlen."));
        }
        if (terms.customerObligations().isEmpty()) {
            broken.add(new RuleViolation.Broken(
                    "customerObligations", "REQUIRED", "Die Bemühungen der Kundin / des Kunden fehlen."));
        }
        return reviewOn;
    }

    /** An EinV documents the legal-consequence instruction; a Kooperationsplan has none. */
    private static void instruction(Terms terms, LegalForm form, List<RuleViolation.Broken> broken) {
        if (form.legalConsequencesInPlan() && !terms.legalConsequenceInstruction()) {
            broken.add(new RuleViolation.Broken(
                    "legalConsequenceInstruction",
                    "INSTRUCTION_REQUIRED",
                    "Zur Eingliederungsvereinbarung gehört die dokumentierte Rechtsfolgenbelehrung."));
        }
        if (!form.legalConsequencesInPlan() && terms.legalConsequenceInstruction()) {
            broken.add(new RuleViolation.Broken(
                    "legalConsequenceInstruction",
                    "NO_LEGAL_CONSEQUENCES",
                    "Ein Kooperationsplan ist rechtlich nicht verbindlich und enthält keine Rechtsfolgenbelehrung."));
        }
    }

    private static void throwIfBroken(List<RuleViolation.Broken> broken) {
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
    }
}
