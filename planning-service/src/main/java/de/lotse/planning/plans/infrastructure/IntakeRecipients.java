package de.lotse.planning.plans.infrastructure;

import de.lotse.planning.plans.domain.Recipient;
import de.lotse.platform.problem.ProblemException;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Reads the customer's recipient block from intake for one printed document, with the caller's own token: the one
 * synchronous read between services (docs/architecture.md, Names and letters). Intake decides whether the caller may read the case and
 * audits the read. When intake is away or slow (timeouts: {@code micronaut.http.services.intake}) the document
 * answers 503 with Retry-After — it never prints without the customer.
 */
@Singleton
public class IntakeRecipients {
    private final HttpClient intake;

    IntakeRecipients(
            @Client(id = "intake") HttpClient intake, @Value("${micronaut.http.services.intake.url:}") String url) {
        if (url.isBlank()) {
            throw new ConfigurationException("Lotse refuses to start; missing micronaut.http.services.intake.url "
                    + "(INTAKE_URL): intake-service's base URL, for the recipient block of printed documents");
        }
        this.intake = intake;
    }

    @Serdeable
    record RecipientJson(String customerNumber, String firstName, String lastName) {}

    /** @param bearer the caller's token, relayed */
    public Recipient of(UUID caseId, String bearer) {
        try {
            RecipientJson r = intake.toBlocking()
                    .retrieve(
                            HttpRequest.GET("/api/cases/" + caseId + "/recipient")
                                    .bearerAuth(bearer),
                            RecipientJson.class);
            return new Recipient(r.customerNumber(), r.firstName(), r.lastName());
        } catch (HttpClientResponseException refused) {
            HttpStatus status = refused.getStatus();
            if (status == HttpStatus.NOT_FOUND) {
                throw ProblemException.notFound("Fall");
            }
            if (status == HttpStatus.FORBIDDEN || status == HttpStatus.UNAUTHORIZED) {
                throw ProblemException.forbidden(
                        "Die Kundendaten für dieses Schreiben darf die Anmeldung nicht lesen.");
            }
            throw unavailable();
        } catch (HttpClientException away) {
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return ProblemException.unavailable("Die Kundendaten sind gerade nicht erreichbar; das Schreiben wird ohne sie "
                + "nicht erstellt. Bitte versuchen Sie es gleich noch einmal.");
    }
}
