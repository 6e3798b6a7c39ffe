package de.lotse.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the network keeps (docs/import.md): the Jobcenter's partners and consent form versions (records of their
 * own, {@link RecordPart}) and, of each case, its consents with their history and its partner referrals with their
 * status history ({@code FalluebernahmeNetzwerk}). Consents and referrals name partners and forms by source key;
 * the check of a case runs before the file's partners and forms are taken over, so its body carries those the case
 * names ({@code fileRecords}, from the {@link FileCatalog} of the first pass) and the service checks against them.
 * In the second pass the catalog holds keys only: the records are taken over by then and the body names none.
 */
public final class NetworkPart implements CasePart, RecordPart {
    /** The parts of a case record the network takes over. */
    public static final List<String> PARTS = List.of("consents", "partnerReferrals");

    /** The kinds of records the network takes over. */
    public static final List<String> KINDS = List.of("partner", "consentForm");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public String service() {
        return "network";
    }

    @Override
    public List<String> parts() {
        return PARTS;
    }

    @Override
    public Mapped of(long line, JsonNode record, FileCatalog catalog) {
        if (PARTS.stream().noneMatch(record::has)) {
            return new Mapped(Optional.empty(), List.of());
        }
        ObjectNode body = CasePart.bodyWithCaseDays(record);
        body.set("consents", record.path("consents").isArray() ? record.get("consents") : NODES.arrayNode());
        body.set(
                "partnerReferrals",
                record.path("partnerReferrals").isArray() ? record.get("partnerReferrals") : NODES.arrayNode());
        ArrayNode fileRecords = body.putArray("fileRecords");
        Set<String> added = new HashSet<>();
        for (JsonNode consent : record.path("consents")) {
            named(catalog, "partner", consent.path("partner"), fileRecords, added);
            named(catalog, "consentForm", consent.path("form"), fileRecords, added);
        }
        for (JsonNode referral : record.path("partnerReferrals")) {
            named(catalog, "partner", referral.path("partner"), fileRecords, added);
        }
        return new Mapped(Optional.of(body), List.of());
    }

    private static void named(
            FileCatalog catalog, String kind, JsonNode ref, ArrayNode fileRecords, Set<String> added) {
        String key = RecordSchema.sourceKey(NODES.objectNode().set("source", ref));
        if (added.add(kind + " " + key)) {
            catalog.record(kind, key).ifPresent(r -> fileRecords.add(body(r)));
        }
    }

    @Override
    public List<String> kinds() {
        return KINDS;
    }

    @Override
    public List<String> exportPaths() {
        return List.of("/api/export/partners", "/api/export/consent-forms");
    }

    @Override
    public String checkPath() {
        return "/api/import/records/validation";
    }

    @Override
    public String putPath(String kind) {
        return "partner".equals(kind) ? "/api/import/partners" : "/api/import/consent-forms";
    }

    @Override
    public ObjectNode body(JsonNode record) {
        return body((ObjectNode) record);
    }

    private static ObjectNode body(ObjectNode record) {
        ObjectNode body = record.deepCopy();
        body.remove("formatVersion");
        body.remove("jobcenterId");
        return body;
    }
}
