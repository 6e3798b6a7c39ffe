package de.lotse.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.util.PathMatcher;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.config.InterceptUrlMapPattern;
import io.micronaut.security.config.SecurityConfiguration;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.List;

/**
 * A valid token without any Lotse role (only the identity provider's own roles, or none) is
 * refused with 403 on every path that is not anonymous — before the {@code @Secured} rule, so
 * also where an endpoint would only ask for {@code isAuthenticated()}. Health, metrics and the
 * API documentation stay reachable as without a token.
 */
@Singleton
class LotseRoleRequired implements SecurityRule<HttpRequest<?>> {
    static final int ORDER = SecuredAnnotationRule.ORDER - 50;

    private final List<String> anonymousPatterns;

    LotseRoleRequired(SecurityConfiguration configuration) {
        this.anonymousPatterns = configuration.getInterceptUrlMap().stream()
                .filter(pattern -> pattern.getAccess().contains(SecurityRule.IS_ANONYMOUS))
                .map(InterceptUrlMapPattern::getPattern)
                .toList();
    }

    @Override
    public Publisher<SecurityRuleResult> check(
            @Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null || authentication.getRoles().stream().anyMatch(Roles.ALL::contains)) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        String path = request == null ? "" : request.getPath();
        boolean anonymous = anonymousPatterns.stream().anyMatch(pattern -> PathMatcher.ANT.matches(pattern, path));
        return Publishers.just(anonymous ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.REJECTED);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
