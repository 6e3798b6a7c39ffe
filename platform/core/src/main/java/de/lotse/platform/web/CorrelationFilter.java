package de.lotse.platform.web;

import de.lotse.platform.correlation.Correlation;
import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.Map;

/**
 * Gives every request a correlation id (the caller's {@code X-Correlation-Id} if acceptable),
 * puts it into the logging MDC for the whole request and echoes it in the response. The outbox
 * copies it into each event, so one id follows a user action through all services.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CorrelationFilter implements Ordered {
    private static final String ATTRIBUTE = "lotse.correlationId";

    @RequestFilter
    void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = Correlation.acceptOrCreate(request.getHeaders().get(Correlation.HEADER));
        request.setAttribute(ATTRIBUTE, id);
        context.add(new MdcPropagationContext(Map.of(Correlation.MDC_KEY, id)));
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class)
                .ifPresent(id -> response.getHeaders().set(Correlation.HEADER, id));
    }

    @Override
    public int getOrder() {
        // before security, so even a 401 carries the id
        return ServerFilterPhase.FIRST.order();
    }
}
