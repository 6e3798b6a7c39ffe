package de.lotse.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.LoggerFactory;

/**
 * Accepts tokens signed with the documented development key (HS256), for local runs and tests
 * only. Exists only when {@code lotse.security.dev-secret} is set and the service runs in the
 * {@code dev} or {@code test} environment (elsewhere {@code RequiredSettings} refuses to start
 * with the key set); production configures an OIDC provider's JWKS instead
 * ({@code micronaut.security.token.jwt.signatures.jwks.*}).
 */
@Factory
@Requires(property = "lotse.security.dev-secret")
@Requires(env = {Environment.DEVELOPMENT, Environment.TEST})
class DevSignatureFactory {

    @Singleton
    @Named("lotse-dev")
    SignatureConfiguration devSignature(@Value("${lotse.security.dev-secret}") String secret) {
        if (secret.length() < 32) {
            throw new IllegalArgumentException("lotse.security.dev-secret must have at least 32 characters");
        }
        LoggerFactory.getLogger(DevSignatureFactory.class)
                .warn(
                        "Accepting tokens signed with the DEVELOPMENT key. Never set lotse.security.dev-secret in production.");
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("lotse-dev");
        configuration.setSecret(secret);
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(configuration);
    }
}
