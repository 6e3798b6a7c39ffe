package de.lotse.platform.problem;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem answers ({@code application/problem+json}) an operation documents, so that its OpenAPI
 * document names the statuses it really answers (each service's ContractFuzzIT compares them). On a
 * controller they apply to all its operations, on a method to that one. A method that names any
 * response itself must name its success response too (micronaut-openapi then adds none).
 */
public final class ProblemDocs {
    private ProblemDocs() {}

    /** 400, 401 and 403: what every operation with input and a role answers. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(
            responseCode = "400",
            description = "Ungültige Anfrage; violations nennen Feld und Regel",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(
            responseCode = "401",
            description = "Nicht angemeldet oder Token ungültig",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(
            responseCode = "403",
            description = "Rolle nicht berechtigt oder kein Zugriff auf diesen Vorgang",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface Standard {}

    /** 404: the record of a path id does not exist, or belongs to another Jobcenter. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(
            responseCode = "404",
            description = "Nicht gefunden (auch, wenn es zu einem anderen Jobcenter gehört)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface NotFound {}

    /** 409: the request does not fit the record's current state. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(
            responseCode = "409",
            description = "Passt nicht zum aktuellen Stand",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface Conflict {}

    /** 422: a business rule refuses the request. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(
            responseCode = "422",
            description = "Fachliche Regel verletzt; violations nennen Feld und Regel",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface Unprocessable {}
}
