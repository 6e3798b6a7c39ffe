package de.lotse.platform.config;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.validation.validator.DefaultClockProvider;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock bean validation judges {@code @PastOrPresent}, {@code @FutureOrPresent} and the like by: the
 * service's clock in Europe/Berlin, where the Jobcenters count their days (deadlines, "today"). The default
 * took the JVM's zone, so on a UTC server a date of "today" entered between midnight in Berlin and
 * midnight UTC was refused as lying in the future.
 */
@Singleton
@Replaces(DefaultClockProvider.class)
final class JobcenterDayClockProvider implements ClockProvider {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Clock clock;

    JobcenterDayClockProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return new Zoned(clock, BERLIN);
    }

    /** The service's clock (a test's movable one included) read in another zone. */
    private static final class Zoned extends Clock {
        private final Clock base;
        private final ZoneId zone;

        Zoned(Clock base, ZoneId zone) {
            this.base = base;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Zoned(base, other);
        }

        @Override
        public Instant instant() {
            return base.instant();
        }
    }
}
