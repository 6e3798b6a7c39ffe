package de.lotse.platform.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}), extended by the violated
 * fields and rules so a client can show each message next to its field.
 */
@Serdeable
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        @Nullable String correlationId,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One broken rule.
     *
     * @param field   the JSON path of the field, e.g. {@code customer.dateOfBirth}; {@code null} for the whole request
     * @param rule    a stable rule code, e.g. {@code NotBlank}, {@code Size}, {@code type}, {@code EXCLUSION_PENSION_PENDING}
     * @param message a German message for people
     */
    @Serdeable
    public record Violation(@Nullable String field, String rule, String message) {}
}
