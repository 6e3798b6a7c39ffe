package de.lotse.platform.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.DefaultRolesFinder;
import io.micronaut.security.token.RolesFinder;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * The caller's roles are the Lotse roles of the {@code roles} array; anything else an identity
 * provider puts there ({@code offline_access}, {@code uma_authorization}, …) is ignored. Micronaut's
 * default would also read a string as a role list; {@link TokenRules} already refused such a token.
 */
@Singleton
@Replaces(DefaultRolesFinder.class)
class LotseRolesFinder implements RolesFinder {

    @Override
    @NonNull
    public List<String> resolveRoles(@Nullable Map<String, Object> attributes) {
        Object roles = attributes == null ? null : attributes.get(TokenRules.CLAIM_ROLES);
        if (!(roles instanceof Iterable<?> values)) {
            return List.of();
        }
        List<String> known = new java.util.ArrayList<>();
        for (Object value : values) {
            if (value instanceof String role && Roles.ALL.contains(role) && !known.contains(role)) {
                known.add(role);
            }
        }
        return List.copyOf(known);
    }
}
