package de.lotse.platform.problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesTest {

    @Test
    void findsPropertyNamedBySerde() {
        assertThat(ProblemResponses.propertyName(
                "Error decoding property [LocalDate dateOfBirth] of type [class X]: Text 'gestern' could not be parsed"))
                .contains("dateOfBirth");
        assertThat(ProblemResponses.propertyName(
                "Error decoding property [List<AccessReason> reasons] of type [class X]"))
                .contains("reasons");
    }

    @Test
    void findsPropertyNamedByJackson() {
        assertThat(ProblemResponses.propertyName(
                "Cannot deserialize (through reference chain: de.X[\"route\"])")).contains("route");
    }

    @Test
    void findsNothingInAnUnrelatedMessage() {
        assertThat(ProblemResponses.propertyName("Unexpected end-of-input")).isEmpty();
        assertThat(ProblemResponses.propertyName(null)).isEmpty();
    }
}
