package de.lotse.platform.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies {@link TokenRules} to every token, next to micronaut-security-jwt's own claim validators;
 * a refused token is invalid (401). Token lifetimes are real time: the wall clock, never the
 * services' (in tests movable) business clock.
 *
 * @param <T> the request type
 */
@Singleton
class StrictClaimsValidator<T> implements GenericJwtClaimsValidator<T> {
    private static final Logger LOG = LoggerFactory.getLogger(StrictClaimsValidator.class);

    private final TokenRules rules;

    StrictClaimsValidator(
            @Value("${lotse.security.max-token-lifetime:12h}") Duration maxLifetime,
            @Value("${lotse.security.clock-skew:60s}") Duration clockSkew) {
        this.rules = new TokenRules(maxLifetime, clockSkew);
    }

    @Override
    public boolean validate(@NonNull Claims claims, @Nullable T request) {
        Optional<String> refusal = rules.refusal(claims, Instant.now());
        // the reason only, no claim values: a refused token may come from anyone
        refusal.ifPresent(reason -> LOG.debug("token refused: {}", reason));
        return refusal.isEmpty();
    }
}
