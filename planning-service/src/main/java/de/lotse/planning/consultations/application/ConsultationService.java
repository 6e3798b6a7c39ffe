package de.lotse.planning.consultations.application;

import de.lotse.planning.casefacts.application.CaseWork;
import de.lotse.planning.consultations.domain.Consultation;
import de.lotse.planning.consultations.domain.Pseudonym;
import de.lotse.planning.consultations.infrastructure.ConsultationStore;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.casereference.CaseReferences;
import de.lotse.platform.contracts.ConsultationHeld;
import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.kernel.caseaccess.CaseAccess;
import de.lotse.platform.outbox.OutboxWriter;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Collegial case consultations (docs/domain.md §17; PANKOW 8, TAH 3.1, DV2017 9). The case's FM (or the
 * deputy, as {@link CaseWork#forChange} decides) records one with colleagues of the own team; the case workers
 * read the case's consultations; every participant reads the consultations taken part in — under the case's
 * id only if allowed to read the case anyway, otherwise under the consultation's pseudonym. The team lead
 * reads every consultation of the team's cases. Every read is audited with the case, also a pseudonymised one
 * (the customer may ask who saw what, DSGVO Art. 15). {@code consultation-held} carries counts and dates only.
 */
@Singleton
public class ConsultationService {
    /** The newest consultations a participant's list shows. */
    public static final int LIST_LIMIT = 200;

    private static final String PURPOSE = "Kollegiale Fallberatung";

    private final ConsultationStore store;
    private final Colleagues colleagues;
    private final CaseWork work;
    private final CaseAccess access;
    private final CaseReferences cases;
    private final OutboxWriter outbox;
    private final AuditLog audit;

    ConsultationService(
            ConsultationStore store,
            Colleagues colleagues,
            CaseWork work,
            CaseAccess access,
            CaseReferences cases,
            OutboxWriter outbox,
            AuditLog audit) {
        this.store = store;
        this.colleagues = colleagues;
        this.work = work;
        this.access = access;
        this.cases = cases;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** A consultation as one caller may see it: the case only if the caller may read it. */
    public record Seen(Consultation consultation, boolean caseReadable) {}

    @Transactional
    public Consultation record(
            CurrentUser user,
            UUID caseId,
            LocalDate heldOn,
            List<String> participants,
            String question,
            String outcome) {
        CaseReference c = work.forChange(user, caseId);
        if (!user.has(Roles.FM)) {
            throw new AccessDenied(
                    "PRESENTER_IS_FM",
                    "Eine Fallberatung dokumentiert die Fachkraft, " + "die den Fall vorgestellt hat.");
        }
        if (user.teamId() == null || user.teamId().isBlank()) {
            throw new AccessDenied("TEAM_REQUIRED", "Das Token enthält kein Team (teamId).");
        }
        Consultation consultation = Consultation.record(
                UUID.randomUUID(),
                caseId,
                c.jobcenterId(),
                user.teamId(),
                heldOn,
                user.subject(),
                participants,
                question,
                outcome,
                Pseudonym.draw(),
                c.admittedOn(),
                work.today(),
                work.clock().instant());
        colleagues.requireOfTeam(c.jobcenterId(), user.teamId(), consultation.participants());
        store.insert(consultation);
        outbox.append(
                c.jobcenterId(),
                caseId,
                new ConsultationHeld(
                        caseId,
                        consultation.id(),
                        consultation.heldOn(),
                        consultation.participants().size(),
                        consultation.recordedAt()));
        return consultation;
    }

    /** The case's consultations, for its case workers. */
    @Transactional
    public List<Consultation> ofCase(CurrentUser user, UUID caseId) {
        work.forReading(user, caseId);
        List<Consultation> all = store.of(caseId);
        audit.recordListOfCase(
                user, "consultation", caseId, all.stream().map(Consultation::id).toList(), CaseWork.purpose(user));
        return all;
    }

    /**
     * The consultations the caller took part in and, for a team lead, every one of the team's cases; the case
     * named only where the caller may read it ({@link CaseAccess#isCaseWorker}: responsible FM, deputy on the
     * day, team lead of the case's current team).
     */
    @Transactional
    public List<Seen> mine(CurrentUser user) {
        String jobcenter = user.requireJobcenter();
        String team = user.has(Roles.TL) ? user.teamId() : null;
        List<Consultation> found = store.involving(jobcenter, user.subject(), team, LIST_LIMIT);
        Map<UUID, Optional<CaseReference>> refs = new HashMap<>();
        List<Seen> seen = new ArrayList<>();
        for (Consultation c : found) {
            Optional<CaseReference> ref = refs.computeIfAbsent(c.caseId(), id -> cases.find(jobcenter, id));
            boolean readable = ref.isPresent() && access.isCaseWorker(user, ref.get(), work.today());
            seen.add(new Seen(c, readable));
            audit.record(
                    user,
                    "LIST",
                    "consultation",
                    c.id().toString(),
                    c.caseId(),
                    readable ? CaseWork.purpose(user) : PURPOSE + " (pseudonymisiert)");
        }
        return seen;
    }
}
