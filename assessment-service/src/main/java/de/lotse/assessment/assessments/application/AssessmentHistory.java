package de.lotse.assessment.assessments.application;

import de.lotse.assessment.assessments.domain.Assessment;
import de.lotse.assessment.assessments.domain.AssessmentDraft;
import de.lotse.assessment.assessments.domain.CategoryChangeReason;
import de.lotse.assessment.assessments.domain.Need;
import de.lotse.assessment.assessments.domain.NeedCode;
import de.lotse.assessment.assessments.domain.NeedStatus;
import de.lotse.assessment.assessments.domain.Occupation;
import de.lotse.assessment.assessments.domain.Priority;
import de.lotse.assessment.assessments.domain.Strength;
import de.lotse.assessment.assessments.domain.StrengthKind;
import de.lotse.assessment.assessments.infrastructure.AssessmentStore;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.codes.ProfileScheme;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;
import de.lotse.platform.importing.ImportChecks;
import de.lotse.platform.importing.ImportedIds;
import de.lotse.platform.policyreference.PolicyReferences;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's assessment versions as another system recorded them (docs/import.md), replayed through the domain in the
 * order of their days: each version completed with its day as "today" and the profile scheme of the policy in force
 * on that day, numbered in that order, its events carrying the historical day. A version is known by an id derived
 * from its source id, a need by one derived from the need's source id, so the same need in a later version is carried
 * on. Imported again a version changes nothing; changed it is refused (history is not rewritten by an import).
 */
@Singleton
public class AssessmentHistory {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime RECORDED_AT = LocalTime.of(12, 0);
    private static final Pattern NEED_FIELD = Pattern.compile("^needs\\[(\\d+)]");
    private static final Pattern STRENGTH_FIELD = Pattern.compile("^strengths\\[(\\d+)]");

    private final AssessmentStore store;
    private final PolicyReferences policies;
    private final AssessmentEvents events;

    AssessmentHistory(AssessmentStore store, PolicyReferences policies, AssessmentEvents events) {
        this.store = store;
        this.policies = policies;
        this.events = events;
    }

    /**
     * A version of the source system.
     *
     * @param field  where it stands in the import record ({@code assessments[1]})
     * @param system the source system, named in the link reason of a need it recorded without one
     */
    public record PastVersion(
            String field,
            String system,
            String sourceId,
            LocalDate assessedOn,
            String assessedBy,
            LocalDate validUntil,
            String profileCode,
            Integer prognosisHorizonMonths,
            Occupation targetOccupation,
            List<Occupation> alternativeOccupations,
            LocalDate resubmissionOn,
            LocalDate obstructionEndsOn,
            CategoryChangeReason categoryChangeReason,
            String categoryChangeNote,
            List<PastNeed> needs,
            List<PastStrength> strengths) {
        public PastVersion {
            alternativeOccupations = alternativeOccupations == null ? List.of() : List.copyOf(alternativeOccupations);
            needs = needs == null ? List.of() : List.copyOf(needs);
            strengths = strengths == null ? List.of() : List.copyOf(strengths);
        }
    }

    /** A need of a version; {@code code} as the source names it (checked against the catalogue). */
    public record PastNeed(
            String sourceId,
            String code,
            NeedStatus status,
            Priority priority,
            boolean entrenched,
            LocalDate identifiedOn,
            String description,
            Boolean linkedToTargetOccupation,
            String linkReason) {}

    /** A strength of a version; {@code kind} as the source names it (checked against the catalogue). */
    public record PastStrength(String kind, String description) {}

    /** The version's id in Lotse: the same case and source id always name the same version. */
    public static UUID idOf(UUID caseId, String sourceId) {
        return ImportedIds.itemId(caseId, "assessment", sourceId);
    }

    /** A need's id in Lotse: the same case and need source id name the same need in every version. */
    public static UUID needIdOf(UUID caseId, String sourceId) {
        return ImportedIds.itemId(caseId, "need", sourceId);
    }

    /** The link reason of a need its source recorded without saying whether it stands in the way of the target. */
    public static String unstatedLink(String system) {
        return "Übernommen aus " + system + ": dort ohne Angabe, ob der Bedarf der Integration in den Zielberuf"
                + " im Weg steht.";
    }

    /**
     * Takes the versions over in the order of their days; returns the ones added ({@code assessments[1] 2025-04-01}).
     * Broken rules of all versions are refused together, and nothing is kept (the caller's transaction).
     */
    public List<String> replay(CaseReference c, List<PastVersion> versions, LocalDate today) {
        List<PastVersion> ordered = new ArrayList<>(versions);
        ordered.sort(Comparator.comparing(PastVersion::assessedOn));
        List<Assessment> stored = new ArrayList<>(store.history(c.jobcenterId(), c.caseId()));
        Set<String> sourceIds = new HashSet<>();
        return ImportChecks.eachItem(ordered, PastVersion::field, v -> {
            if (!sourceIds.add(v.sourceId())) {
                throw new RuleViolation(
                        "sourceId", "DUPLICATE_SOURCE_ID", "Zwei Versionen des Falls haben dieselbe Kennung.");
            }
            return take(c, v, stored, today);
        });
    }

    /** Every version of the given cases of the Jobcenter, per case in the order of the versions (an export). */
    public Map<UUID, List<Assessment>> of(String jobcenterId, List<UUID> caseIds) {
        Map<UUID, List<Assessment>> byCase = new LinkedHashMap<>();
        for (Assessment a : store.historyOf(jobcenterId, caseIds)) {
            byCase.computeIfAbsent(a.caseId(), id -> new ArrayList<>()).add(a);
        }
        return byCase;
    }

    private List<String> take(CaseReference c, PastVersion v, List<Assessment> stored, LocalDate today) {
        UUID id = idOf(c.caseId(), v.sourceId());
        int position = -1;
        for (int i = 0; i < stored.size(); i++) {
            if (stored.get(i).id().equals(id)) {
                position = i;
            }
        }
        Assessment known = position < 0 ? null : stored.get(position);
        Assessment previous = known != null
                ? (position == 0 ? null : stored.get(position - 1))
                : (stored.isEmpty() ? null : stored.get(stored.size() - 1));

        List<RuleViolation.Broken> broken = new ArrayList<>();
        if (v.assessedOn().isAfter(today)
                || (c.admittedOn() != null && v.assessedOn().isBefore(c.admittedOn()))
                || (c.closedOn() != null && v.assessedOn().isAfter(c.closedOn()))) {
            broken.add(new RuleViolation.Broken(
                    "assessedOn",
                    "OUTSIDE_CASE_AND_TODAY",
                    "Eine übernommene Version liegt zwischen Aufnahme und Abschluss des Falls und nicht in der"
                            + " Zukunft."));
        }
        // the scheme of the policy in force on that day; without one known, the BA's profiles (as the API does)
        ProfileScheme scheme = policies.findOn(c.jobcenterId(), v.assessedOn())
                .flatMap(p -> p.setting(AssessmentService.PROFILE_SCHEME))
                .map(ProfileScheme::valueOf)
                .orElse(ProfileScheme.BA_PROFILES);
        if (v.validUntil() == null) {
            broken.add(new RuleViolation.Broken(
                    "validUntil",
                    "VALIDITY_REQUIRED",
                    "Eine Version hat einen Gültigkeitszeitraum; die Umsetzungsstrategie nennt keinen Standard."));
        }
        if (v.profileCode() == null) {
            broken.add(new RuleViolation.Broken(
                    "profileCode",
                    "PROFILE_REQUIRED",
                    "Eine Version nennt die Profillage bzw. Kundenkategorie (" + scheme.label() + ")."));
        }

        Map<UUID, Need> before = new HashMap<>();
        if (previous != null) {
            previous.needs().forEach(need -> before.put(need.needId(), need));
        }
        List<AssessmentDraft.DraftNeed> draftNeeds = new ArrayList<>();
        List<Integer> needIndex = new ArrayList<>();
        List<UUID> newNeedIds = new ArrayList<>();
        Set<String> needSources = new HashSet<>();
        for (int j = 0; j < v.needs().size(); j++) {
            PastNeed n = v.needs().get(j);
            String field = "needs[" + j + "]";
            NeedCode code = parse(NeedCode.class, n.code());
            boolean fine = true;
            if (code == null) {
                broken.add(new RuleViolation.Broken(
                        field + ".code", "UNKNOWN_CODE", "„" + n.code() + "“ ist kein Handlungsbedarf des Katalogs."));
                fine = false;
            }
            if (!needSources.add(n.sourceId())) {
                broken.add(new RuleViolation.Broken(
                        field + ".sourceId",
                        "DUPLICATE_SOURCE_ID",
                        "Zwei Handlungsbedarfe der Version haben dieselbe Kennung."));
                fine = false;
            }
            if (n.identifiedOn().isAfter(v.assessedOn())) {
                broken.add(new RuleViolation.Broken(
                        field + ".identifiedOn",
                        "IDENTIFIED_AFTER_ASSESSMENT",
                        "Ein Handlungsbedarf ist spätestens am Tag der Version erkannt."));
            }
            UUID needId = needIdOf(c.caseId(), n.sourceId());
            Need earlier = before.get(needId);
            if (earlier != null && !earlier.identifiedOn().equals(n.identifiedOn())) {
                broken.add(new RuleViolation.Broken(
                        field + ".identifiedOn",
                        "NEED_IDENTIFIED_ON_CHANGED",
                        "Ein weitergeführter Handlungsbedarf behält den Tag, an dem er erkannt wurde ("
                                + earlier.identifiedOn() + ")."));
            }
            if (!fine) {
                continue;
            }
            boolean unstated = n.linkedToTargetOccupation() == null && blank(n.linkReason());
            draftNeeds.add(new AssessmentDraft.DraftNeed(
                    earlier != null ? needId : null,
                    code,
                    n.description(),
                    n.status(),
                    n.priority(),
                    n.entrenched(),
                    n.identifiedOn(),
                    Boolean.TRUE.equals(n.linkedToTargetOccupation()),
                    unstated ? unstatedLink(v.system()) : n.linkReason()));
            needIndex.add(j);
            newNeedIds.add(needId);
        }
        List<Strength> strengths = new ArrayList<>();
        List<Integer> strengthIndex = new ArrayList<>();
        for (int k = 0; k < v.strengths().size(); k++) {
            PastStrength s = v.strengths().get(k);
            StrengthKind kind = parse(StrengthKind.class, s.kind());
            if (kind == null) {
                broken.add(new RuleViolation.Broken(
                        "strengths[" + k + "].kind",
                        "UNKNOWN_CODE",
                        "„" + s.kind() + "“ ist keine Art von Stärke des Katalogs."));
                continue;
            }
            strengths.add(new Strength(kind, s.description()));
            strengthIndex.add(k);
        }
        AssessmentDraft draft = new AssessmentDraft(
                v.assessedOn(),
                v.validUntil(),
                v.targetOccupation(),
                v.alternativeOccupations(),
                draftNeeds,
                strengths,
                v.prognosisHorizonMonths(),
                v.profileCode(),
                v.categoryChangeReason(),
                v.categoryChangeNote(),
                v.resubmissionOn(),
                v.obstructionEndsOn(),
                List.of(),
                Map.of());
        String assessedBy = v.assessedBy() != null ? v.assessedBy() : c.caseManagerId();
        Instant at = known != null ? known.completedAt() : at(v.assessedOn(), stored);
        Assessment candidate = null;
        try {
            candidate = Assessment.complete(
                    id,
                    c.caseId(),
                    c.jobcenterId(),
                    previous,
                    draft,
                    scheme,
                    Set.of(),
                    assessedBy,
                    v.assessedOn(),
                    at,
                    index -> newNeedIds.get(index));
        } catch (RuleViolation violation) {
            Set<String> named = new HashSet<>();
            broken.forEach(b -> named.add(b.field()));
            for (RuleViolation.Broken b : violation.broken()) {
                String field = renumber(
                        renumber(b.field(), NEED_FIELD, "needs", needIndex),
                        STRENGTH_FIELD,
                        "strengths",
                        strengthIndex);
                if (!named.contains(field)) {
                    broken.add(new RuleViolation.Broken(field, b.rule(), b.message()));
                }
            }
        }
        if (known != null) {
            if (!broken.isEmpty() || !sameVersion(known, candidate, v.assessedBy() != null)) {
                throw new RuleViolation(
                        "",
                        "IMPORTED_HISTORY_CHANGED",
                        "Diese Version des Assessments ist bereits übernommen und lässt sich durch eine erneute"
                                + " Übernahme nicht ändern; eine neue Einschätzung ist eine neue Version.");
            }
            return List.of();
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        if (!store.insert(candidate)) {
            throw new StateConflict(
                    "CONCURRENT_ASSESSMENT", "Soeben wurde eine andere Version abgeschlossen. Bitte neu laden.");
        }
        stored.add(candidate);
        events.completed(
                candidate,
                previous,
                store.firstCoRated(c.jobcenterId(), c.caseId()).orElse(null));
        return List.of(v.field() + " " + v.assessedOn());
    }

    /** What the source recorded is the same as the version taken over (ids, scheme and time of writing aside). */
    private static boolean sameVersion(Assessment known, Assessment candidate, boolean assessedByGiven) {
        return candidate != null
                && known.assessedOn().equals(candidate.assessedOn())
                && Objects.equals(known.validUntil(), candidate.validUntil())
                && (!assessedByGiven || Objects.equals(known.assessedBy(), candidate.assessedBy()))
                && Objects.equals(known.targetOccupation(), candidate.targetOccupation())
                && known.alternativeOccupations().equals(candidate.alternativeOccupations())
                && known.needs().equals(candidate.needs())
                && known.strengths().equals(candidate.strengths())
                && Objects.equals(known.prognosisHorizonMonths(), candidate.prognosisHorizonMonths())
                && Objects.equals(known.profileCode(), candidate.profileCode())
                && known.categoryChangeReason() == candidate.categoryChangeReason()
                && Objects.equals(known.categoryChangeNote(), candidate.categoryChangeNote())
                && Objects.equals(known.resubmissionOn(), candidate.resubmissionOn())
                && Objects.equals(known.obstructionEndsOn(), candidate.obstructionEndsOn());
    }

    /** The domain names a need or strength by its place in the draft; the import by its place in the record. */
    private static String renumber(String field, Pattern pattern, String list, List<Integer> original) {
        Matcher m = pattern.matcher(field);
        if (!m.find()) {
            return field;
        }
        int index = Integer.parseInt(m.group(1));
        return list + "[" + original.get(index) + "]" + field.substring(m.end());
    }

    /** Noon of the day in Berlin, the versions of one day a minute apart (their order). */
    private static Instant at(LocalDate day, List<Assessment> stored) {
        long sameDay = stored.stream().filter(a -> a.assessedOn().equals(day)).count();
        return day.atTime(RECORDED_AT).plusMinutes(sameDay).atZone(BERLIN).toInstant();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code) {
        try {
            return code == null ? null : Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
