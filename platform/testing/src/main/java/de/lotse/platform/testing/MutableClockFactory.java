package de.lotse.platform.testing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Replaces the service's clock by a {@link MutableClock} when a test sets
 * {@code lotse.test.clock=mutable}; the test injects {@code MutableClock} and moves time.
 */
@Factory
class MutableClockFactory {
    static final String PROPERTY = "lotse.test.clock";

    @Singleton
    @Replaces(Clock.class)
    @Requires(property = PROPERTY, value = "mutable")
    MutableClock mutableClock() {
        return MutableClock.at(LocalDate.now());
    }
}
