package de.lotse.intake.eligibility.domain;

import de.lotse.intake.policy.domain.AccessRules;
import de.lotse.intake.policy.domain.ExclusionCriterion;
import de.lotse.intake.policy.domain.PolicySettings;
import de.lotse.platform.codes.KeyGroup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evaluates a Jobcenter's access rules against a customer's facts and explains every criterion
 * (docs/domain.md §4). Pure: the same policy and facts on the same day give the same answer, which is
 * why a referral can store it as its criteria snapshot.
 */
public final class EligibilityRules {
    public static final String MIN_NEEDS = "MIN_NEEDS";
    public static final String COMPLEX_PROFILE = "COMPLEX_PROFILE";
    public static final String INTEGRATION_HORIZON = "INTEGRATION_HORIZON";
    public static final String PROGRESS_EXPECTED = "PROGRESS_EXPECTED";
    public static final String NEW_CUSTOMER = "NEW_CUSTOMER";
    public static final String RISK_OF_LONG_TERM_UNEMPLOYMENT = "RISK_OF_LONG_TERM_UNEMPLOYMENT";
    public static final String ENTRENCHED_NEED = "ENTRENCHED_NEED";
    public static final String DEEPER_BARRIERS = "DEEPER_BARRIERS_SUSPECTED";
    public static final String SOCIAL_INTEGRATION = "SOCIAL_INTEGRATION";
    public static final String AGH_PARTICIPATION = "AGH_PARTICIPATION";
    public static final String EVERY_CUSTOMER = "EVERY_CUSTOMER";
    private static final String MISSING = "fehlt";

    private EligibilityRules() {}

    public static Eligibility evaluate(
            PolicySettings settings, int policyVersion, CustomerFacts facts, LocalDate today) {
        AccessRules access = settings.access();
        Map<String, CriterionResult> criteria = new LinkedHashMap<>();
        List<String> standard = new ArrayList<>();
        if (access.minNeeds() != null) {
            Integer needs = facts.needsIn(access.countedKeyGroups());
            add(
                    criteria,
                    standard,
                    new CriterionResult(
                            MIN_NEEDS,
                            "Mindestens " + access.minNeeds() + " Handlungsbedarfe in den Schlüsselgruppen "
                                    + groups(access.countedKeyGroups()),
                            "≥ " + access.minNeeds(),
                            needs == null ? MISSING : String.valueOf(needs),
                            needs == null ? Outcome.UNKNOWN : Outcome.of(needs >= access.minNeeds()),
                            CustomerFacts.NEEDS,
                            facts.sourceOf(CustomerFacts.NEEDS)));
        }
        if (!access.complexProfiles().isEmpty()) {
            String profile = facts.profileCode();
            add(
                    criteria,
                    standard,
                    new CriterionResult(
                            COMPLEX_PROFILE,
                            "Komplexe Profillage (" + settings.profileScheme().label() + ")",
                            String.join(
                                    ", ",
                                    access.complexProfiles().stream()
                                            .sorted()
                                            .map(settings.profileScheme()::labelOf)
                                            .toList()),
                            profile == null ? MISSING : settings.profileScheme().labelOf(profile),
                            profile == null
                                    ? Outcome.UNKNOWN
                                    : Outcome.of(access.complexProfiles().contains(profile)),
                            CustomerFacts.PROFILE,
                            facts.sourceOf(CustomerFacts.PROFILE)));
        }
        if (access.integrationNotExpectedWithinMonths() != null) {
            Integer horizon = facts.prognosisHorizonMonths();
            int limit = access.integrationNotExpectedWithinMonths();
            add(
                    criteria,
                    standard,
                    new CriterionResult(
                            INTEGRATION_HORIZON,
                            "Integration voraussichtlich nicht innerhalb von " + limit + " Monaten",
                            "> " + limit + " Monate",
                            horizon == null ? MISSING : horizon + " Monate",
                            horizon == null ? Outcome.UNKNOWN : Outcome.of(horizon > limit),
                            CustomerFacts.HORIZON,
                            facts.sourceOf(CustomerFacts.HORIZON)));
        }
        if (access.everyCustomer()) {
            // UCKERMARK 2.1, 3 (docs/domain.md §18.1): no access criterion, the category only routes
            add(
                    criteria,
                    standard,
                    new CriterionResult(
                            EVERY_CUSTOMER,
                            "Jede erwerbsfähige leistungsberechtigte Person hat eine Fallmanagerin / einen Fallmanager",
                            "alle Kategorien",
                            facts.profileCode() == null ? "Kategorie noch offen" : "Kategorie " + facts.profileCode(),
                            Outcome.MET,
                            CustomerFacts.PROFILE,
                            facts.sourceOf(CustomerFacts.PROFILE)));
        }
        CriterionResult progress = judgement(
                PROGRESS_EXPECTED,
                "Einschätzung: Fallmanagement führt zu konkreten Integrationsfortschritten",
                facts.progressExpected(),
                "progressExpected");
        if (access.progressExpectedRequired()) {
            add(criteria, standard, progress);
        }

        List<PathResult> paths = new ArrayList<>();
        paths.add(path(AccessReason.MIN_CRITERIA_MET, true, standard, criteria));

        boolean prophylaxis = access.prophylaxisNewCustomerDays() != null;
        List<String> prophylaxisCriteria = new ArrayList<>();
        if (prophylaxis) {
            int limit = access.prophylaxisNewCustomerDays();
            LocalDate since = facts.customerSince();
            Long days = since == null ? null : ChronoUnit.DAYS.between(since, today);
            add(
                    criteria,
                    prophylaxisCriteria,
                    new CriterionResult(
                            NEW_CUSTOMER,
                            "Neukundin / Neukunde: höchstens " + limit + " Tage im Leistungsbezug",
                            "≤ " + limit + " Tage",
                            days == null ? MISSING : days + " Tage",
                            days == null ? Outcome.UNKNOWN : Outcome.of(days >= 0 && days <= limit),
                            "customerSince",
                            FactSource.INPUT));
            add(
                    criteria,
                    prophylaxisCriteria,
                    judgement(
                            RISK_OF_LONG_TERM_UNEMPLOYMENT,
                            "Risiko der Langzeitarbeitslosigkeit erkennbar (Prophylaxe)",
                            facts.riskOfLongTermUnemployment(),
                            "riskOfLongTermUnemployment"));
            if (access.progressExpectedRequired()) {
                prophylaxisCriteria.add(PROGRESS_EXPECTED);
            }
        }
        paths.add(path(AccessReason.PROPHYLAXIS_NEW_CUSTOMER, prophylaxis, prophylaxisCriteria, criteria));

        List<String> entrenchment = new ArrayList<>();
        if (access.entrenchmentVariant()) {
            Integer entrenched = facts.entrenchedNeeds();
            add(
                    criteria,
                    entrenchment,
                    new CriterionResult(
                            ENTRENCHED_NEED,
                            "Verfestigung in mindestens einem Handlungsbedarf",
                            "≥ 1",
                            entrenched == null ? MISSING : String.valueOf(entrenched),
                            entrenched == null ? Outcome.UNKNOWN : Outcome.of(entrenched >= 1),
                            CustomerFacts.ENTRENCHED,
                            facts.sourceOf(CustomerFacts.ENTRENCHED)));
        }
        paths.add(path(AccessReason.ENTRENCHMENT, access.entrenchmentVariant(), entrenchment, criteria));
        paths.add(variant(
                AccessReason.DEEPER_BARRIERS_SUSPECTED,
                access.deeperBarriersVariant(),
                criteria,
                judgement(
                        DEEPER_BARRIERS,
                        "Tieferliegende Vermittlungshemmnisse vermutet, in der Vermittlung nicht feststellbar",
                        facts.deeperBarriersSuspected(),
                        "deeperBarriersSuspected")));
        paths.add(variant(
                AccessReason.SOCIAL_INTEGRATION,
                access.socialIntegrationVariant(),
                criteria,
                judgement(
                        SOCIAL_INTEGRATION,
                        "Sozial-integrativer Ansatz: weitere Entfernung vom Arbeitsmarkt verhindern",
                        facts.socialIntegrationIndicated(),
                        "socialIntegrationIndicated")));
        paths.add(variant(
                AccessReason.AGH_PARTICIPATION,
                access.aghParticipantsAdmitted(),
                criteria,
                judgement(
                        AGH_PARTICIPATION,
                        "Teilnahme an einer Arbeitsgelegenheit (§ 16d SGB II)",
                        facts.aghParticipation(),
                        "aghParticipation")));

        List<CriterionResult> exclusions = settings.exclusions().stream()
                .sorted()
                .map(exclusion -> exclusion(exclusion, facts.exclusions()))
                .toList();
        boolean eligible = paths.stream().anyMatch(PathResult::satisfied)
                && exclusions.stream().allMatch(CriterionResult::met);
        return new Eligibility(policyVersion, eligible, List.copyOf(criteria.values()), List.copyOf(paths), exclusions);
    }

    private static CriterionResult exclusion(ExclusionCriterion exclusion, Set<ExclusionCriterion> present) {
        boolean applies = present.contains(exclusion);
        return new CriterionResult(
                exclusion.rule(),
                "Kein Ausschluss: " + exclusion.label(),
                "liegt nicht vor",
                applies ? "liegt vor" : "liegt nicht vor",
                Outcome.of(!applies),
                "exclusions",
                FactSource.INPUT);
    }

    private static CriterionResult judgement(String code, String label, Boolean value, String fact) {
        return new CriterionResult(
                code,
                label,
                "ja",
                value == null ? MISSING : value ? "ja" : "nein",
                value == null ? Outcome.UNKNOWN : Outcome.of(value),
                fact,
                FactSource.INPUT);
    }

    private static PathResult variant(
            AccessReason reason, boolean allowed, Map<String, CriterionResult> criteria, CriterionResult criterion) {
        List<String> codes = new ArrayList<>();
        if (allowed) {
            add(criteria, codes, criterion);
        }
        return path(reason, allowed, codes, criteria);
    }

    private static PathResult path(
            AccessReason reason, boolean allowed, List<String> codes, Map<String, CriterionResult> criteria) {
        boolean satisfied = allowed
                && !codes.isEmpty()
                && codes.stream().allMatch(code -> criteria.get(code).met());
        return new PathResult(reason, allowed, satisfied, List.copyOf(codes));
    }

    private static void add(Map<String, CriterionResult> criteria, List<String> codes, CriterionResult criterion) {
        criteria.putIfAbsent(criterion.code(), criterion);
        codes.add(criterion.code());
    }

    private static String groups(Set<KeyGroup> groups) {
        return groups.stream().sorted().map(EligibilityRules::germanName).collect(Collectors.joining(" und/oder "));
    }

    static String germanName(KeyGroup group) {
        return switch (group) {
            case PROFESSIONAL_COMPETENCE -> "berufliche Kompetenz";
            case MOTIVATION -> "Motivation/Leistungsbereitschaft";
            case SOCIAL_COMPETENCE -> "soziale Kompetenzen";
            case PERFORMANCE_CAPACITY -> "Leistungsfähigkeit";
            case LIVING_CONDITIONS -> "Rahmenbedingungen";
        };
    }
}
