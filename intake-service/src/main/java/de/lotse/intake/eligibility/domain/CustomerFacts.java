package de.lotse.intake.eligibility.domain;

import de.lotse.intake.policy.domain.ExclusionCriterion;
import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.codes.ProfileScheme;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What the eligibility check knows about a customer. {@code null} means unknown: a criterion that
 * needs an unknown fact is not met, and the explanation says the fact is missing.
 *
 * @param needsByKeyGroup              open needs per key group
 * @param entrenchedNeeds              needs marked entrenched (Verfestigung)
 * @param prognosisHorizonMonths       integration expected in about this many months
 * @param profileCode                  BA profile or UCKERMARK category, per the policy's scheme
 * @param customerSince                since when the customer receives benefits (new-customer status)
 * @param riskOfLongTermUnemployment   the AV sees a risk of long-term unemployment (prophylaxis)
 * @param progressExpected             FM is expected to lead to concrete integration progress (BA2010 3b (b))
 * @param deeperBarriersSuspected      TAH 4.1
 * @param socialIntegrationIndicated   TAH 4.1
 * @param aghParticipation             takes part in a work opportunity §16d (TAH 4.2)
 * @param exclusions                   exclusion facts that apply now (TAH 4.2)
 * @param sources                      where each fact came from, by fact name
 */
public record CustomerFacts(
        Map<KeyGroup, Integer> needsByKeyGroup,
        Integer entrenchedNeeds,
        Integer prognosisHorizonMonths,
        String profileCode,
        LocalDate customerSince,
        Boolean riskOfLongTermUnemployment,
        Boolean progressExpected,
        Boolean deeperBarriersSuspected,
        Boolean socialIntegrationIndicated,
        Boolean aghParticipation,
        Set<ExclusionCriterion> exclusions,
        Map<String, FactSource> sources) {

    public static final String NEEDS = "needsByKeyGroup";
    public static final String ENTRENCHED = "entrenchedNeeds";
    public static final String HORIZON = "prognosisHorizonMonths";
    public static final String PROFILE = "profileCode";

    public CustomerFacts {
        needsByKeyGroup = needsByKeyGroup == null ? null : Map.copyOf(needsByKeyGroup);
        exclusions = exclusions == null ? Set.of() : Set.copyOf(exclusions);
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    /**
     * The facts of an assessment win over the AV's input for what the assessment knows (needs,
     * entrenchment, prognosis, profile); judgements and exclusions stay the AV's.
     */
    public CustomerFacts withAssessment(AssessmentFacts assessment, ProfileScheme scheme) {
        Map<String, FactSource> merged = new java.util.HashMap<>(sources);
        for (String fact : new String[] {NEEDS, ENTRENCHED, HORIZON, PROFILE}) {
            merged.put(fact, FactSource.ASSESSMENT);
        }
        Map<KeyGroup, Integer> needs = new EnumMap<>(KeyGroup.class);
        needs.putAll(assessment.needsByKeyGroup());
        return new CustomerFacts(
                needs,
                assessment.entrenchedNeeds(),
                assessment.prognosisHorizonMonths(),
                assessment.codeIn(scheme),
                customerSince,
                riskOfLongTermUnemployment,
                progressExpected,
                deeperBarriersSuspected,
                socialIntegrationIndicated,
                aghParticipation,
                exclusions,
                merged);
    }

    public FactSource sourceOf(String fact) {
        return sources.getOrDefault(fact, FactSource.INPUT);
    }

    /** Needs in the given key groups; {@code null} when the needs are unknown. */
    public Integer needsIn(Set<KeyGroup> groups) {
        if (needsByKeyGroup == null) {
            return null;
        }
        return groups.stream()
                .mapToInt(group -> needsByKeyGroup.getOrDefault(group, 0))
                .sum();
    }
}
