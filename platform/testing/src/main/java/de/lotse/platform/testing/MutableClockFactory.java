package de.lotse.platform.testing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Replaces the service's clock by a {@link MutableClock} when a test sets
 * {@code lotse.test.clock=mutable}; the test injects {@code MutableClock} and moves time. A context
 * that must run on the test's day from its first event on (a second instance started by the test)
 * gets it as {@code lotse.test.clock-date}.
 */
@Factory
public class MutableClockFactory {
    public static final String PROPERTY = "lotse.test.clock";
    public static final String DATE_PROPERTY = "lotse.test.clock-date";

    @Singleton
    @Replaces(Clock.class)
    @Requires(property = PROPERTY, value = "mutable")
    MutableClock mutableClock(@Value("${" + DATE_PROPERTY + ":}") String date) {
        return MutableClock.at(date.isBlank() ? Today.inBerlin() : LocalDate.parse(date));
    }
}
