package de.lotse.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Option;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The services' addresses and the administrator's token, shared by {@code ./lotse import} and {@code export}. */
public final class ServiceOptions {
    @Option(names = "--intake", defaultValue = "http://127.0.0.1:8081/", description = "Adresse der Fallaufnahme")
    URI intake;

    @Option(
            names = "--assessment",
            defaultValue = "http://127.0.0.1:8082/",
            description = "Adresse der Standortbestimmung")
    URI assessment;

    @Option(names = "--planning", defaultValue = "http://127.0.0.1:8083/", description = "Adresse der Planung")
    URI planning;

    @Option(names = "--network", defaultValue = "http://127.0.0.1:8084/", description = "Adresse des Netzwerks")
    URI network;

    @Option(
            names = "--token",
            defaultValue = "${env:LOTSE_TOKEN}",
            description = "Zugangstoken der Fachadministration (ADMIN) des Jobcenters; Vorgabe: LOTSE_TOKEN")
    String token;

    boolean hasToken() {
        return token != null && !token.isBlank();
    }

    ServiceClient intake(ObjectMapper json) {
        return new ServiceClient("intake", intake, token, json);
    }

    /** Every other service's part with its client. */
    List<CasePart.Target> others(IdMapping staff, IdMapping teams, ObjectMapper json) {
        Map<String, URI> addresses = Map.of("assessment", assessment, "planning", planning, "network", network);
        return CaseParts.targets(
                staff, teams, service -> new ServiceClient(service, addresses.get(service), token, json));
    }
}
