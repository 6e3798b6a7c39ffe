package de.lotse.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/**
 * The parts of a case record that one service other than intake keeps (docs/import.md), mapped to the body of
 * that service's import endpoints: {@code POST /api/import/cases/validation} (a batch, nothing written) and
 * {@code PUT /api/import/cases/{caseId}} (once the service knows the case from intake's case-opened).
 */
public interface CasePart {
    /** The service's name, as {@link ServiceClient#name()} and in messages. */
    String service();

    /** The fields of a case record this service takes over. */
    List<String> parts();

    /**
     * The service's body for a case record (empty when the record has none of its parts) and the problems of
     * mapping it (unmapped staff, references to records the file does not have).
     */
    Mapped of(long line, JsonNode record, FileCatalog catalog);

    /**
     * The start of a service's body: the record's source key, and the admission and closure days its check needs
     * before intake has taken the case over.
     */
    static ObjectNode bodyWithCaseDays(JsonNode record) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("source", record.get("source"));
        JsonNode admission = record.path("admission");
        if ("ADMITTED".equals(admission.path("decision").asText())) {
            body.set("admittedOn", admission.get("decidedOn"));
        }
        if (record.path("closure").has("closedOn")) {
            body.set("closedOn", record.path("closure").get("closedOn"));
        }
        return body;
    }

    /** A service's body of one case record and the problems found while mapping it. */
    record Mapped(Optional<ObjectNode> body, List<Problem> problems) {}

    /** A service that takes over some parts of case records, and its address. */
    record Target(ServiceClient client, CasePart part) {}
}
