package de.lotse.assessment.assessments.application;

import de.lotse.assessment.assessments.domain.Assessment;
import de.lotse.assessment.assessments.domain.AssessmentDraft;
import de.lotse.assessment.assessments.domain.Need;
import de.lotse.assessment.assessments.domain.Progress;
import de.lotse.assessment.assessments.infrastructure.AssessmentStore;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.casereference.CaseReferences;
import de.lotse.platform.codes.ProfileScheme;
import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.domain.InvalidInput;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.domain.StateConflict;
import de.lotse.platform.kernel.caseaccess.CaseAccess;
import de.lotse.platform.policyreference.PolicyReferences;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The assessment of a case (docs/domain.md §5): versions completed by the responsible FM (or the deputy,
 * or the team lead), each published with the eligibility facts and progress; reads of protected
 * content audited; progress between any two versions; resubmission lists.
 */
@Singleton
public class AssessmentService {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String PROFILE_SCHEME = "profileScheme";

    private final AssessmentStore store;
    private final CaseAccess access;
    private final PolicyReferences policies;
    private final CaseReferences cases;
    private final AssessmentEvents events;
    private final AuditLog audit;
    private final Clock clock;

    AssessmentService(
            AssessmentStore store,
            CaseAccess access,
            PolicyReferences policies,
            CaseReferences cases,
            AssessmentEvents events,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.policies = policies;
        this.cases = cases;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A version with the case's age group (U25 or UE25, from intake's events): U25 customers see the
     * first key group named as school and vocational qualification (docs/domain.md §5.1).
     */
    public record CaseAssessment(
            Assessment assessment, @Nullable String ageGroup) {}

    /** What a team colleague may see: the version, the profile and counts, no protected content. */
    public record Summary(Assessment assessment, @Nullable String ageGroup, boolean protectedContentHidden) {
        /**
         * The needs the reader may see: without the health-related ones when protected content is
         * hidden. Everything the summary shows of needs (lines and counts) comes from here, so a count
         * cannot give a hidden need away.
         */
        public List<Need> visibleNeeds() {
            return protectedContentHidden
                    ? assessment.needs().stream()
                            .filter(need -> !need.code().healthRelated())
                            .toList()
                    : assessment.needs();
        }
    }

    /** A due resubmission or end of validity. */
    public record Due(
            UUID caseId,
            int version,
            String profileCode,
            String kind,
            LocalDate dueOn,
            boolean overdue,
            String caseManagerId) {}

    @Transactional
    public CaseAssessment complete(CurrentUser user, UUID caseId, AssessmentDraft draft) {
        CaseReference c = access.load(user, caseId);
        LocalDate today = today();
        requireProtected(user, c, today);
        access.requireOpen(c);
        Assessment previous = store.latest(c.jobcenterId(), caseId).orElse(null);
        Set<UUID> household = new HashSet<>();
        for (UUID other : draft.householdCaseIds()) {
            cases.find(c.jobcenterId(), other).ifPresent(found -> household.add(found.caseId()));
        }
        Instant now = clock.instant();
        Assessment completed = Assessment.complete(
                UUID.randomUUID(),
                caseId,
                c.jobcenterId(),
                previous,
                draft,
                scheme(c.jobcenterId()),
                household,
                user.subject(),
                today,
                now);
        if (!store.insert(completed)) {
            throw new StateConflict(
                    "CONCURRENT_ASSESSMENT", "Soeben wurde eine andere Version abgeschlossen. Bitte neu laden.");
        }
        events.completed(
                completed, previous, store.firstCoRated(c.jobcenterId(), caseId).orElse(null));
        return new CaseAssessment(completed, c.ageGroup());
    }

    /** The latest version, or a given one, with protected content: audited, a refusal too. */
    @Transactional
    public CaseAssessment read(CurrentUser user, UUID caseId, Integer version) {
        CaseReference c = access.load(user, caseId);
        requireProtectedRead(user, c, "assessment");
        Assessment assessment = (version == null
                        ? store.latest(c.jobcenterId(), caseId)
                        : store.version(c.jobcenterId(), caseId, version))
                .orElseThrow(() -> NotFound.of("Assessment des Falls"));
        audit.record(user, "READ", "assessment", assessment.id().toString(), caseId, purpose(user));
        return new CaseAssessment(assessment, c.ageGroup());
    }

    /**
     * The latest version as a team colleague may see it; protected content only for those allowed.
     * Only a summary that shows a health-related need is a protected read and audited (like the full
     * reads); the colleague's summary hides them and carries no free text, so it reads nothing protected.
     */
    @Transactional
    public Summary summary(CurrentUser user, UUID caseId) {
        CaseReference c = access.load(user, caseId);
        LocalDate today = today();
        access.requireTeam(user, c, today);
        Assessment assessment =
                store.latest(c.jobcenterId(), caseId).orElseThrow(() -> NotFound.of("Assessment des Falls"));
        Summary summary = new Summary(assessment, c.ageGroup(), !access.mayReadProtected(user, c, today));
        if (!summary.protectedContentHidden() && assessment.hasProtectedNeeds()) {
            audit.record(user, "READ", "assessment-summary", assessment.id().toString(), caseId, purpose(user));
        }
        return summary;
    }

    @Transactional
    public List<CaseAssessment> history(CurrentUser user, UUID caseId) {
        CaseReference c = access.load(user, caseId);
        requireProtectedRead(user, c, "assessment-history");
        audit.record(user, "READ", "assessment-history", caseId.toString(), caseId, purpose(user));
        return store.history(c.jobcenterId(), caseId).stream()
                .map(a -> new CaseAssessment(a, c.ageGroup()))
                .toList();
    }

    /** Progress between two versions (default: the first and the latest). */
    @Transactional
    public Progress progress(CurrentUser user, UUID caseId, Integer from, Integer to) {
        CaseReference c = access.load(user, caseId);
        requireProtectedRead(user, c, "assessment-progress");
        List<Assessment> versions = store.history(c.jobcenterId(), caseId);
        if (versions.isEmpty()) {
            throw NotFound.of("Assessment des Falls");
        }
        Assessment a = pick(versions, from == null ? 1 : from, "from");
        Assessment b =
                pick(versions, to == null ? versions.get(versions.size() - 1).version() : to, "to");
        if (a.version() >= b.version()) {
            throw new InvalidInput("from", "BEFORE_TO", "Die erste Version liegt vor der zweiten.");
        }
        audit.record(user, "READ", "assessment-progress", caseId.toString(), caseId, purpose(user));
        return Progress.between(a, b);
    }

    /**
     * Resubmissions (X, Y, Z) and ends of validity in the month (overdue ones from before included):
     * an FM's own cases (responsible or standing in), a team lead's team.
     */
    @Transactional
    public List<Due> due(CurrentUser user, YearMonth month) {
        String jobcenterId = user.requireJobcenter();
        LocalDate today = today();
        boolean teamLead = user.has(Roles.TL);
        if (!teamLead && !user.has(Roles.FM)) {
            throw new AccessDenied("LIST_NOT_FOR_ROLE", "Die Wiedervorlageliste ist für FM und TL bestimmt.");
        }
        List<CaseReference> open = cases.openCases(jobcenterId, user.teamId(), teamLead ? null : user.subject(), today);
        LocalDate end = month.atEndOfMonth();
        List<Due> due = new java.util.ArrayList<>();
        for (Assessment a : store.latestOf(
                jobcenterId, open.stream().map(CaseReference::caseId).toList())) {
            String manager = open.stream()
                    .filter(c -> c.caseId().equals(a.caseId()))
                    .findFirst()
                    .map(CaseReference::caseManagerId)
                    .orElse(null);
            if (a.resubmissionOn() != null && !a.resubmissionOn().isAfter(end)) {
                due.add(new Due(
                        a.caseId(),
                        a.version(),
                        a.profileCode(),
                        "RESUBMISSION",
                        a.resubmissionOn(),
                        a.resubmissionOn().isBefore(today),
                        manager));
            }
            if (!a.validUntil().isAfter(end)) {
                due.add(new Due(
                        a.caseId(),
                        a.version(),
                        a.profileCode(),
                        "VALIDITY_ENDS",
                        a.validUntil(),
                        a.validUntil().isBefore(today),
                        manager));
            }
        }
        due.sort(java.util.Comparator.comparing(Due::dueOn)
                .thenComparing(d -> d.caseId().toString()));
        return due;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BERLIN);
    }

    private ProfileScheme scheme(String jobcenterId) {
        return policies.find(jobcenterId)
                .flatMap(p -> p.setting(PROFILE_SCHEME))
                .map(ProfileScheme::valueOf)
                .orElse(ProfileScheme.BA_PROFILES);
    }

    private void requireProtected(CurrentUser user, CaseReference c, LocalDate today) {
        access.requireProtected(
                user,
                c,
                today,
                "PROTECTED_ASSESSMENT",
                "Das Assessment enthält geschützte Daten "
                        + "(gesundheitsbezogene Handlungsbedarfe, Freitexte): nur die zuständige Fachkraft, ihre Vertretung "
                        + "und die Teamleitung sehen es.");
    }

    /**
     * {@link #requireProtected} for a read: a refusal is audited as DENIED (who tried to read which
     * case's protected content). {@link AuditLog#recordDenied} writes in its own transaction, so the
     * rollback of the refused request keeps the entry.
     */
    private void requireProtectedRead(CurrentUser user, CaseReference c, String resourceType) {
        try {
            requireProtected(user, c, today());
        } catch (AccessDenied refused) {
            audit.recordDenied(user, resourceType, c.caseId().toString(), c.caseId(), purpose(user));
            throw refused;
        }
    }

    private static Assessment pick(List<Assessment> versions, int version, String field) {
        return versions.stream()
                .filter(a -> a.version() == version)
                .findFirst()
                .orElseThrow(
                        () -> new InvalidInput(field, "UNKNOWN_VERSION", "Version " + version + " gibt es nicht."));
    }

    private static String purpose(CurrentUser user) {
        return user.has(Roles.TL) ? "Aufsicht" : "Fallbearbeitung";
    }
}
