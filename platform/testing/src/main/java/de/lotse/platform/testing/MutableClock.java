package de.lotse.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test can set and advance, so rules about deadlines, durations and birthdays can be
 * walked through in one test (a case admitted three years "ago", a customer turning 25 "today").
 * It replaces the service's {@link Clock} bean when the test sets {@code lotse.test.clock=mutable}
 * (see {@link ServiceIT#mutableClock()}); the test injects it.
 */
public final class MutableClock extends Clock {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    /** A clock standing at 10:00 Berlin time on the given day. */
    public static MutableClock at(LocalDate day) {
        return new MutableClock(day.atTime(10, 0).atZone(BERLIN).toInstant());
    }

    public void set(LocalDate day) {
        now = day.atTime(10, 0).atZone(BERLIN).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, BERLIN);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
