package de.lotse.platform.problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesTest {

    @Test
    void findsPropertyNamedBySerde() {
        assertThat(
                        ProblemResponses.propertyName(
                                "Error decoding property [LocalDate dateOfBirth] of type [class X]: Text 'gestern' could not be parsed"))
                .contains("dateOfBirth");
        assertThat(ProblemResponses.propertyName(
                        "Error decoding property [List<AccessReason> reasons] of type [class X]"))
                .contains("reasons");
    }

    @Test
    void findsPropertyNamedByJackson() {
        assertThat(ProblemResponses.propertyName("Cannot deserialize (through reference chain: de.X[\"route\"])"))
                .contains("route");
    }

    @Test
    void findsNothingInAnUnrelatedMessage() {
        assertThat(ProblemResponses.propertyName("Unexpected end-of-input")).isEmpty();
        assertThat(ProblemResponses.propertyName(null)).isEmpty();
    }

    @io.micronaut.serde.annotation.Serdeable
    record Inner(
            java.util.Map<java.time.DayOfWeek, Integer> counts, java.util.Set<java.time.Month> months, Boolean flag) {}

    @io.micronaut.serde.annotation.Serdeable
    record Outer(
            java.time.LocalDate day,
            java.util.List<java.time.DayOfWeek> days,
            Inner inner,
            java.util.List<Inner> inners) {}

    @io.micronaut.serde.annotation.Serdeable
    record Entry(java.time.Month month, String text) {}

    @io.micronaut.serde.annotation.Serdeable
    record Wrapper(String title, java.util.List<Entry> entries) {}

    @Test
    void walksNestedBodiesAlongTheTypesAndConstantsSerdeNames() {
        assertThat(BodyProperties.pathIn(
                        Outer.class, "Error decoding property [LocalDate day] of type [class Outer]: x"))
                .contains("day");
        assertThat(
                        BodyProperties.pathIn(
                                Outer.class,
                                "Cannot deserialize value of type `java.util.List` due to: Expected "
                                        + "one of [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY] but was 'X'"))
                .contains("days");
        String inner = "Cannot deserialize value of type `" + Inner.class.getName() + "` due to: ";
        assertThat(
                        BodyProperties.pathIn(
                                Outer.class,
                                inner + "Cannot deserialize value of type `java.util.Map` due to: "
                                        + "Expected one of [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY] but was 'X'"))
                .contains("inner.counts");
        assertThat(BodyProperties.pathIn(
                        Outer.class,
                        inner + "Cannot deserialize value of type `java.util.Set` due to: "
                                + "Expected one of [JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, "
                                + "NOVEMBER, DECEMBER] but was 'X'"))
                .contains("inner.months");
        assertThat(BodyProperties.pathIn(Outer.class, "Error decoding property [Boolean flag]: expected true or false"))
                .contains("inner.flag");
        assertThat(BodyProperties.pathIn(
                        Outer.class,
                        "Cannot deserialize value of type `java.util.List` due to: "
                                + "Cannot deserialize value of type `" + Inner.class.getName()
                                + "` due to: Cannot deserialize value of type "
                                + "`java.util.Set` due to: Expected one of [JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, "
                                + "SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER] but was 'X'"))
                .contains("inners.months");
        // serde may leave out the bean level inside a list
        assertThat(BodyProperties.pathIn(
                        Outer.class,
                        "Cannot deserialize value of type `java.util.List` due to: "
                                + "Cannot deserialize value of type `java.lang.Boolean` due to: x"))
                .isEmpty();
        assertThat(
                        BodyProperties.pathIn(
                                Wrapper.class,
                                "Cannot deserialize value of type `java.util.List` due to: "
                                        + "Cannot deserialize value of type `java.time.Month` due to: Expected one of [JANUARY] but was 'X'"))
                .contains("entries.month");
    }

    @io.micronaut.core.annotation.Introspected
    record Need(@jakarta.validation.constraints.NotBlank String code) {}

    @io.micronaut.core.annotation.Introspected
    record Assessment(@jakarta.validation.Valid java.util.List<Need> needs) {}

    @Test
    void namesAListElementsFieldAsTheJsonReadsIt() {
        var violations = io.micronaut.validation.validator.Validator.getInstance()
                .validate(new Assessment(java.util.List.of(new Need("RESILIENCE"), new Need(" "))));
        assertThat(violations)
                .singleElement()
                .satisfies(v -> assertThat(ProblemResponses.fieldPath(v.getPropertyPath()))
                        .isEqualTo("needs[1].code"));
    }
}
