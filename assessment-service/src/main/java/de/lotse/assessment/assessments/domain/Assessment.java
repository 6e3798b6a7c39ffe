package de.lotse.assessment.assessments.domain;

import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.codes.ProfileScheme;
import de.lotse.platform.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * One completed version of a case's assessment (Profiling): needs per key group, strengths, target
 * occupation, prognosis and profile, with a validity period. Versions are never changed; progress
 * is measured by comparing them (UCKERMARK 8, TAH 6, DV2017 9).
 *
 * @param version                1, 2, … per case
 * @param scheme                 the Jobcenter's profile scheme when the version was made
 * @param categoryChangeReason   set when the profile changed against the previous version
 * @param resubmissionOn         X, Y, Z: Wiedervorlage
 * @param obstructionEndsOn      Y
 */
public record Assessment(
        UUID id,
        UUID caseId,
        String jobcenterId,
        int version,
        LocalDate assessedOn,
        LocalDate validUntil,
        String assessedBy,
        Occupation targetOccupation,
        List<Occupation> alternativeOccupations,
        List<Need> needs,
        List<Strength> strengths,
        Integer prognosisHorizonMonths,
        ProfileScheme scheme,
        String profileCode,
        CategoryChangeReason categoryChangeReason,
        String categoryChangeNote,
        LocalDate resubmissionOn,
        LocalDate obstructionEndsOn,
        List<UUID> householdCaseIds,
        Map<ProgressDimension, Rating> coRating,
        Instant completedAt) {

    /** Integration within 6 months is realistic: "marktnah" (PANKOW 2). */
    public static final int MARKET_NEAR_MONTHS = 6;
    /** X and Z: resubmission after at most 6 months; Y: normally after a year (UCKERMARK 4.1.1). */
    static final int XZ_RESUBMISSION_MONTHS = 6;

    static final int Y_RESUBMISSION_MONTHS = 12;
    static final int Y_BEFORE_OBSTRUCTION_ENDS_MONTHS = 3;
    static final int MAX_VALIDITY_MONTHS = 24;

    public Assessment {
        alternativeOccupations = List.copyOf(alternativeOccupations);
        needs = List.copyOf(needs);
        strengths = List.copyOf(strengths);
        householdCaseIds = List.copyOf(householdCaseIds);
        coRating = Map.copyOf(coRating);
    }

    public Boolean marketNear() {
        return prognosisHorizonMonths == null ? null : prognosisHorizonMonths <= MARKET_NEAR_MONTHS;
    }

    /** Open needs (not resolved) per key group: what intake's access criteria count. */
    public Map<KeyGroup, Integer> openNeedsByKeyGroup() {
        Map<KeyGroup, Integer> counts = new EnumMap<>(KeyGroup.class);
        for (KeyGroup group : KeyGroup.values()) {
            counts.put(group, 0);
        }
        needs.stream().filter(Need::open).forEach(need -> counts.merge(need.keyGroup(), 1, Integer::sum));
        return counts;
    }

    public int openEntrenchedNeeds() {
        return (int) needs.stream().filter(Need::open).filter(Need::entrenched).count();
    }

    public boolean hasProtectedNeeds() {
        return needs.stream().anyMatch(need -> need.code().healthRelated());
    }

    /**
     * Completes a new version from the FM's draft: checks every rule against the previous version
     * and the Jobcenter's scheme, fills the resubmission date of X, Y and Z, and keeps need ids.
     */
    public static Assessment complete(
            UUID id,
            UUID caseId,
            String jobcenterId,
            Assessment previous,
            AssessmentDraft draft,
            ProfileScheme scheme,
            Set<UUID> knownHouseholdCases,
            String assessedBy,
            LocalDate today,
            Instant now) {
        return complete(
                id,
                caseId,
                jobcenterId,
                previous,
                draft,
                scheme,
                knownHouseholdCases,
                assessedBy,
                today,
                now,
                index -> UUID.randomUUID());
    }

    /**
     * {@link #complete} with the ids of the draft's new needs (those without a {@code needId}) given by their index in
     * the draft: an import names a need by an id derived from its source id, so that the same need in a later version
     * is carried on (docs/import.md). A {@code needId} the draft names is still checked against the previous version.
     */
    public static Assessment complete(
            UUID id,
            UUID caseId,
            String jobcenterId,
            Assessment previous,
            AssessmentDraft draft,
            ProfileScheme scheme,
            Set<UUID> knownHouseholdCases,
            String assessedBy,
            LocalDate today,
            Instant now,
            IntFunction<UUID> newNeedIds) {
        List<RuleViolation.Broken> broken = new ArrayList<>();
        LocalDate assessedOn = draft.assessedOn() != null ? draft.assessedOn() : today;
        if (assessedOn.isAfter(today)) {
            broken.add(new RuleViolation.Broken(
                    "assessedOn", "IN_FUTURE", "Das Assessment kann nicht in der Zukunft liegen."));
        }
        if (previous != null && assessedOn.isBefore(previous.assessedOn())) {
            broken.add(new RuleViolation.Broken(
                    "assessedOn",
                    "BEFORE_PREVIOUS_VERSION",
                    "Eine neue Version kann nicht vor der vorigen (" + previous.assessedOn() + ") liegen."));
        }
        if (draft.validUntil() == null
                || !draft.validUntil().isAfter(assessedOn)
                || draft.validUntil().isAfter(assessedOn.plusMonths(MAX_VALIDITY_MONTHS))) {
            broken.add(new RuleViolation.Broken(
                    "validUntil",
                    "VALIDITY_PERIOD",
                    "Der Gültigkeitszeitraum endet nach dem " + "Assessment und höchstens " + MAX_VALIDITY_MONTHS
                            + " Monate danach."));
        }
        if (draft.profileCode() == null || !scheme.contains(draft.profileCode())) {
            broken.add(new RuleViolation.Broken(
                    "profileCode",
                    "UNKNOWN_PROFILE",
                    "Bitte eine der " + scheme.label() + " des Jobcenters wählen ("
                            + String.join(
                                    ", ",
                                    scheme.codes().stream().map(scheme::labelOf).toList()) + ")."));
        }
        List<Need> needs = needs(previous, draft, assessedOn, newNeedIds, broken);
        boolean anyLinked = needs.stream().anyMatch(Need::linkedToTargetOccupation);
        if (anyLinked
                && (draft.targetOccupation() == null
                        || blank(draft.targetOccupation().title()))) {
            broken.add(new RuleViolation.Broken(
                    "targetOccupation",
                    "TARGET_OCCUPATION_REQUIRED",
                    "Handlungsbedarfe beziehen sich auf den Zielberuf: der Zielberuf fehlt."));
        }
        String previousProfile = previous == null ? null : previous.profileCode();
        boolean categoryChanged = previousProfile != null && !previousProfile.equals(draft.profileCode());
        if (categoryChanged && draft.categoryChangeReason() == null) {
            broken.add(new RuleViolation.Broken(
                    "categoryChangeReason",
                    "CATEGORY_CHANGE_REASON_REQUIRED",
                    "Ein Wechsel von „" + scheme.labelOf(previousProfile) + "“ zu „"
                            + (draft.profileCode() == null ? "" : scheme.labelOf(draft.profileCode()))
                            + "“ ist mit Grund zu dokumentieren."));
        }
        LocalDate resubmission = resubmission(draft, assessedOn, broken);
        for (UUID household : draft.householdCaseIds()) {
            if (household.equals(caseId) || !knownHouseholdCases.contains(household)) {
                broken.add(new RuleViolation.Broken(
                        "householdCaseIds",
                        "UNKNOWN_HOUSEHOLD_CASE",
                        "Ein angegebener Fall der Bedarfsgemeinschaft ist kein anderer Fall dieses Jobcenters."));
            }
        }
        draft.coRating().forEach((dimension, rating) -> {
            if (rating == null
                    || rating.customer() < 1
                    || rating.customer() > 5
                    || rating.caseManager() < 1
                    || rating.caseManager() > 5) {
                broken.add(new RuleViolation.Broken(
                        "coRating." + dimension,
                        "RATING_1_TO_5",
                        "Kundin/Kunde und Fachkraft bewerten jeweils von 1 bis 5."));
            }
        });
        if (draft.prognosisHorizonMonths() != null && draft.prognosisHorizonMonths() < 0) {
            broken.add(new RuleViolation.Broken("prognosisHorizonMonths", "Min", "Die Prognose ist nicht negativ."));
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        return new Assessment(
                id,
                caseId,
                jobcenterId,
                previous == null ? 1 : previous.version() + 1,
                assessedOn,
                draft.validUntil(),
                assessedBy,
                draft.targetOccupation(),
                draft.alternativeOccupations(),
                needs,
                draft.strengths(),
                draft.prognosisHorizonMonths(),
                scheme,
                draft.profileCode(),
                categoryChanged ? draft.categoryChangeReason() : null,
                categoryChanged ? draft.categoryChangeNote() : null,
                resubmission,
                draft.obstructionEndsOn(),
                draft.householdCaseIds(),
                draft.coRating(),
                now);
    }

    private static List<Need> needs(
            Assessment previous,
            AssessmentDraft draft,
            LocalDate assessedOn,
            IntFunction<UUID> newNeedIds,
            List<RuleViolation.Broken> broken) {
        Map<UUID, Need> before = new HashMap<>();
        if (previous != null) {
            previous.needs().forEach(need -> before.put(need.needId(), need));
        }
        Set<UUID> carried = new HashSet<>();
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i < draft.needs().size(); i++) {
            AssessmentDraft.DraftNeed d = draft.needs().get(i);
            String field = "needs[" + i + "]";
            if (d.code() == null || d.status() == null || d.priority() == null) {
                broken.add(new RuleViolation.Broken(
                        field, "REQUIRED", "Code, Status und Priorität des Handlungsbedarfs fehlen."));
                continue;
            }
            if (!d.linkedToTargetOccupation() && blank(d.linkReason())) {
                broken.add(
                        new RuleViolation.Broken(
                                field + ".linkReason",
                                "NEED_WITHOUT_LINK",
                                "Ein Handlungsbedarf wird "
                                        + "nur festgehalten, wenn er der Integration in den Zielberuf im Weg steht, oder mit Begründung."));
            }
            Need earlier = null;
            if (d.needId() != null) {
                earlier = before.get(d.needId());
                if (earlier == null) {
                    broken.add(
                            new RuleViolation.Broken(
                                    field + ".needId",
                                    "UNKNOWN_NEED",
                                    "Dieser Handlungsbedarf gehört nicht zur vorigen Version des Assessments. Bitte die Ansicht neu laden."));
                    continue;
                }
                if (earlier.code() != d.code()) {
                    broken.add(new RuleViolation.Broken(
                            field + ".code",
                            "NEED_CODE_CHANGED",
                            "Ein Handlungsbedarf behält seinen Code; ein anderer Bedarf ist ein neuer Eintrag."));
                }
                carried.add(d.needId());
            }
            LocalDate identified =
                    earlier != null ? earlier.identifiedOn() : d.identifiedOn() != null ? d.identifiedOn() : assessedOn;
            LocalDate statusSince =
                    earlier != null && earlier.status() == d.status() ? earlier.statusSince() : assessedOn;
            needs.add(new Need(
                    d.needId() != null ? d.needId() : newNeedIds.apply(i),
                    d.code(),
                    d.description(),
                    d.status(),
                    d.priority(),
                    d.entrenched(),
                    identified,
                    statusSince,
                    d.linkedToTargetOccupation(),
                    d.linkReason()));
        }
        for (UUID missing : before.keySet()) {
            if (!carried.contains(missing)) {
                broken.add(new RuleViolation.Broken(
                        "needs",
                        "NEED_MISSING",
                        "Der Handlungsbedarf " + missing + " ("
                                + before.get(missing).code()
                                + ") fehlt: ein Bedarf verschwindet nicht, er wird erledigt."));
            }
        }
        return needs;
    }

    /**
     * X and Z: resubmission at the latest after 6 months; Y: normally after a year, at the latest 3
     * months before the obstructing event ends (UCKERMARK 4.1.1). Without a date the latest allowed one
     * is taken. Other categories have none.
     */
    private static LocalDate resubmission(
            AssessmentDraft draft, LocalDate assessedOn, List<RuleViolation.Broken> broken) {
        String code = draft.profileCode();
        LocalDate latest;
        if ("X".equals(code) || "Z".equals(code)) {
            latest = assessedOn.plusMonths(XZ_RESUBMISSION_MONTHS);
        } else if ("Y".equals(code)) {
            latest = assessedOn.plusMonths(Y_RESUBMISSION_MONTHS);
            if (draft.obstructionEndsOn() != null) {
                LocalDate beforeEnd = draft.obstructionEndsOn().minusMonths(Y_BEFORE_OBSTRUCTION_ENDS_MONTHS);
                latest = beforeEnd.isBefore(latest) ? beforeEnd : latest;
            }
            if (latest.isBefore(assessedOn)) {
                latest = assessedOn;
            }
        } else {
            if (draft.resubmissionOn() != null || draft.obstructionEndsOn() != null) {
                broken.add(
                        new RuleViolation.Broken(
                                "resubmissionOn",
                                "RESUBMISSION_ONLY_FOR_X_Y_Z",
                                "Eine Wiedervorlage ohne Eingliederungsvereinbarung gibt es nur für die Kategorien X, Y und Z."));
            }
            return null;
        }
        LocalDate chosen = draft.resubmissionOn() != null ? draft.resubmissionOn() : latest;
        if (chosen.isAfter(latest) || chosen.isBefore(assessedOn)) {
            broken.add(new RuleViolation.Broken(
                    "resubmissionOn",
                    "RESUBMISSION_TOO_LATE",
                    "Die Wiedervorlage bei Kategorie " + code + " liegt zwischen dem Assessment und spätestens "
                            + latest + "."));
        }
        return chosen;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
