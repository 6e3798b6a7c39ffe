package de.lotse.network.partnerapi.api;

import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every partner call leaves exactly one audit entry: a successful one is recorded by the partner API
 * in its transaction (with the case and the consent it relied on); a refused or failed one — whose
 * transaction rolled back — is recorded here, in a transaction of its own.
 */
@ServerFilter("/partner-api/**")
class PartnerCallAudit implements Ordered {
    /**
     * Right after security (the principal is known), and before every other partner filter: a filter
     * placed after it that refuses the request (the rate limit's 429) is wrapped by this one, so its
     * response passes here. Filters of equal order run in no defined order.
     */
    static final int ORDER = ServerFilterPhase.SECURITY.after();

    private static final Pattern REFERRAL = Pattern.compile("/referrals/([0-9a-fA-F-]{36})");

    private final AuditLog audit;

    PartnerCallAudit(AuditLog audit) {
        this.audit = audit;
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void audit(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() < 400) {
            return;
        }
        request.getUserPrincipal(Authentication.class).ifPresent(authentication -> {
            Matcher referral = REFERRAL.matcher(request.getPath());
            audit.recordDenied(
                    CurrentUser.of(authentication),
                    "partner-referral",
                    referral.find() ? referral.group(1) : null,
                    null,
                    "Partner-API " + request.getMethodName() + " abgelehnt: HTTP " + response.code());
        });
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
