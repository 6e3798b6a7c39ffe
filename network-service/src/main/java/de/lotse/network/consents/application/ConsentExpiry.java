package de.lotse.network.consents.application;

import de.lotse.network.consents.domain.Consent;
import de.lotse.network.consents.infrastructure.ConsentStore;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Ends consents whose validity ran out: the history says EXPIRED and {@code consent-revoked} (kind
 * EXPIRED) tells the other services. Disclosure never waits for this: every partner request checks
 * the validity itself; this only makes the end visible.
 */
@Singleton
public class ConsentExpiry {
    private static final int BATCH = 500;

    private final ConsentStore consents;
    private final ConsentEvents events;
    private final Clock clock;

    ConsentExpiry(ConsentStore consents, ConsentEvents events, Clock clock) {
        this.consents = consents;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${lotse.consents.expiry-interval:15m}", initialDelay = "1m")
    void scheduled() {
        while (expire() == BATCH) {
            // more to do
        }
    }

    /** Ends one batch; returns how many consents it ended. */
    @Transactional
    public int expire() {
        Instant now = clock.instant();
        List<Consent> runOut = consents.runOut(LocalDate.ofInstant(now, ZoneId.of("Europe/Berlin")), BATCH);
        for (Consent consent : runOut) {
            Consent expired = consent.end(Consent.Status.EXPIRED, now);
            consents.end(expired);
            consents.history(expired, "EXPIRED", "system", now);
            events.ended(consent, "EXPIRED", now);
        }
        return runOut.size();
    }
}
