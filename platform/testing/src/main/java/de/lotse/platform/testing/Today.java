package de.lotse.platform.testing;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day as the services count it: in Europe/Berlin, whatever the test machine's time zone. A test
 * that said {@code Today.inBerlin()} on a UTC machine was a day behind the services between midnight
 * in Berlin and midnight UTC (a consent granted "today" was not yet valid on the test's "today").
 */
public final class Today {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Today() {}

    public static LocalDate inBerlin() {
        return LocalDate.now(BERLIN);
    }
}
