package de.lotse.intake.eligibility.domain;

import de.lotse.platform.domain.RuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The eligibility check's answer, criterion by criterion (docs/domain.md §4).
 *
 * @param policyVersion the policy version the check used
 * @param eligible      some access path is satisfied and no exclusion applies
 * @param criteria      every criterion looked at, with its outcome
 * @param paths         every access path with whether it is allowed and satisfied
 * @param exclusions    the exclusion criteria of the policy that apply (each blocks a referral)
 */
public record Eligibility(
        int policyVersion,
        boolean eligible,
        List<CriterionResult> criteria,
        List<PathResult> paths,
        List<CriterionResult> exclusions) {

    public Optional<PathResult> path(AccessReason reason) {
        return paths.stream().filter(path -> path.reason() == reason).findFirst();
    }

    public List<CriterionResult> criteriaOf(PathResult path) {
        return criteria.stream().filter(c -> path.criteria().contains(c.code())).toList();
    }

    public List<AccessReason> satisfiedReasons() {
        return paths.stream()
                .filter(PathResult::satisfied)
                .map(PathResult::reason)
                .toList();
    }

    /**
     * A referral (or non-referral) may rest only on this answer if no exclusion applies and every
     * named access reason is a satisfied path of the policy; otherwise it is refused naming each
     * exclusion and each failed criterion.
     */
    public void requireAdmissible(List<AccessReason> reasons) {
        List<RuleViolation.Broken> broken = new ArrayList<>();
        for (CriterionResult exclusion : exclusions) {
            if (!exclusion.met()) {
                broken.add(new RuleViolation.Broken(
                        "facts.exclusions",
                        exclusion.code(),
                        "Ausschlussgrund: " + exclusion.label().replace("Kein Ausschluss: ", "")
                                + ". Eine Vormerkung ist nicht möglich."));
            }
        }
        for (AccessReason reason : reasons) {
            PathResult path = path(reason).orElseThrow();
            if (!path.allowedByPolicy()) {
                broken.add(new RuleViolation.Broken(
                        "reasons",
                        "ACCESS_REASON_NOT_IN_POLICY",
                        "Der Zugangsgrund „" + reason.label()
                                + "“ ist in der Richtlinie dieses Jobcenters nicht vorgesehen."));
                continue;
            }
            for (CriterionResult criterion : criteriaOf(path)) {
                if (!criterion.met()) {
                    broken.add(new RuleViolation.Broken(
                            "facts." + criterion.fact(),
                            criterion.code(),
                            "Zugangsgrund „" + reason.label() + "“: " + criterion.label() + " — erforderlich: "
                                    + criterion.required() + ", tatsächlich: " + criterion.actual() + "."));
                }
            }
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
    }
}
