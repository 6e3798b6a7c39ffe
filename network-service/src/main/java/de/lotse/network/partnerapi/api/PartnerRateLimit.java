package de.lotse.network.partnerapi.api;

import de.lotse.platform.problem.ProblemException;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.security.authentication.Authentication;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Limits each partner's calls per minute (fixed window, per service instance): a partner system
 * that loops cannot crowd out the others or harvest data quickly. Over the limit: 429 problem+json.
 */
@ServerFilter("/partner-api/**")
class PartnerRateLimit implements Ordered {
    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    PartnerRateLimit(@Value("${lotse.partner-api.requests-per-minute:120}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    private record Window(long minute, AtomicInteger calls) {}

    @RequestFilter
    void limit(HttpRequest<?> request) {
        String partner = request.getUserPrincipal(Authentication.class)
                .map(a -> String.valueOf(a.getAttributes().getOrDefault("partnerId", a.getName())))
                .orElse(null);
        if (partner == null) {
            return; // unauthenticated: the security filter answers 401
        }
        long minute = clock.millis() / 60_000;
        Window window = windows.compute(
                partner,
                (key, current) -> current == null || current.minute() != minute
                        ? new Window(minute, new AtomicInteger())
                        : current);
        if (window.calls().incrementAndGet() > perMinute) {
            throw new ProblemException(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "rate-limited",
                    "Zu viele Anfragen: höchstens " + perMinute + " je Minute und Partner.",
                    List.of());
        }
    }

    @Override
    public int getOrder() {
        // inside the call audit, so a 429 leaves its audit entry like any other refusal
        return PartnerCallAudit.ORDER + 1;
    }
}
