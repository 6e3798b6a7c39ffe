package de.lotse.platform.config;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class JobcenterDayClockProviderTest {

    @Test
    void judgesDatesByTheDayInBerlinWhileItIsStillYesterdayInUtc() {
        Clock lateEveningUtc = Clock.fixed(Instant.parse("2026-12-06T23:30:00Z"), ZoneOffset.UTC);

        Clock validation = new JobcenterDayClockProvider(lateEveningUtc).getClock();

        assertThat(LocalDate.now(validation)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(validation.instant()).isEqualTo(lateEveningUtc.instant());
    }

    @Test
    void followsTheServicesClockAsItMoves() {
        Instant[] now = {Instant.parse("2026-06-30T21:59:00Z")};
        Clock moving = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        Clock validation = new JobcenterDayClockProvider(moving).getClock();
        assertThat(LocalDate.now(validation)).isEqualTo(LocalDate.of(2026, 6, 30));

        now[0] = Instant.parse("2026-06-30T22:01:00Z");
        assertThat(LocalDate.now(validation)).isEqualTo(LocalDate.of(2026, 7, 1));
    }
}
