package de.lotse.intake.eligibility.api;

import de.lotse.intake.policy.domain.ExclusionCriterion;
import io.micronaut.core.beans.BeanIntrospector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FactsInputTest {
    /**
     * The referral's facts carry a {@code Set<ExclusionCriterion>}: serde asks for the enum's introspection on every
     * request, and without one it throws and catches an exception each time (measured: 2 % of intake's CPU).
     */
    @Test
    void exclusionCriterionHasAnIntrospectionForSerde() {
        assertThat(BeanIntrospector.SHARED.findIntrospection(ExclusionCriterion.class))
                .isPresent();
    }
}
