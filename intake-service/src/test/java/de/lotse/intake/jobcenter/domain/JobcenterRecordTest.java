package de.lotse.intake.jobcenter.domain;

import de.lotse.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Jobcenter record names one of the 16 Länder and only a region the holiday calendar knows there (§13). */
class JobcenterRecordTest {
    private static final HolidayCalendar CALENDAR = new HolidayCalendar() {
        @Override
        public Set<LocalDate> holidays(Bundesland state, String region, int year) {
            return Set.of();
        }

        @Override
        public List<Region> regions(Bundesland state) {
            return state == Bundesland.BY ? List.of(new Region("AG", "Augsburg")) : List.of();
        }
    };

    private static JobcenterRecord.Entry entry(String state, String region) {
        return new JobcenterRecord.Entry(
                " Jobcenter Uckermark ", "Lindenallee 7", "17291", "Prenzlau", " ", null, null, state, region);
    }

    private static JobcenterRecord validated(String state, String region) {
        return JobcenterRecord.validated("jc-1", entry(state, region), CALENDAR, 1, "admin-ida", Instant.EPOCH);
    }

    @Test
    void aKnownLandAndRegionAreKeptAsCodesAndBlanksAsNothing() {
        JobcenterRecord record = validated("by", "ag");
        assertThat(record.state()).isEqualTo(Bundesland.BY);
        assertThat(record.regionCode()).isEqualTo("AG");
        assertThat(record.name()).isEqualTo("Jobcenter Uckermark");
        assertThat(record.phone()).isNull();
        assertThat(validated("BB", " ").regionCode()).isNull();
    }

    @Test
    void anUnknownLandOrARegionTheCalendarDoesNotKnowThereIsRefusedNamingTheField() {
        assertThatThrownBy(() -> validated("XX", null))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).broken())
                        .extracting(RuleViolation.Broken::field, RuleViolation.Broken::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("stateCode", "UNKNOWN_STATE")));
        assertThatThrownBy(() -> validated("BY", "ZZ"))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("UNKNOWN_REGION"))
                .hasMessageContaining("AG (Augsburg)");
        assertThatThrownBy(() -> validated("BB", "AG"))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("regionCode"))
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("NO_REGIONS_IN_STATE"));
    }

    @Test
    void theSameEntryAgainIsTheSameContent() {
        assertThat(validated("BB", null)
                        .sameContentAs(JobcenterRecord.validated(
                                "jc-1", entry("BB", null), CALENDAR, 2, "admin-max", Instant.now())))
                .isTrue();
        assertThat(validated("BB", null).sameContentAs(validated("BE", null))).isFalse();
    }
}
