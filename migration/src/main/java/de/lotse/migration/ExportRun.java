package de.lotse.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of {@code ./lotse export} (docs/import.md, "Export"): everything a Jobcenter holds in Lotse, in the
 * import format — first the Jobcenter-wide records (partners, consent forms), then one record per case, which
 * intake gives page by page and every other service completes with its parts of that page. Memory holds one page.
 */
public final class ExportRun {
    private final ServiceClient intake;
    private final List<CasePart.Target> others;
    private final ObjectMapper json;
    private final String notes;
    private final int pageSize;

    /**
     * @param notes which notes planning includes: {@code none}, {@code team} (without FM-individual and
     *     health-related notes) or {@code all}
     */
    public ExportRun(
            ServiceClient intake, List<CasePart.Target> others, ObjectMapper json, String notes, int pageSize) {
        this.intake = intake;
        this.others = List.copyOf(others);
        this.json = json;
        this.notes = notes;
        this.pageSize = pageSize;
    }

    /** What a run wrote. */
    public record Summary(long records, long cases) {}

    public Summary run(Writer out) throws IOException, InterruptedException {
        long records = 0;
        for (CasePart.Target other : others) {
            if (!(other.part() instanceof RecordPart keeper)) {
                continue;
            }
            for (String path : keeper.exportPaths()) {
                for (JsonNode record :
                        answer(other.client(), other.client().get(path)).path("records")) {
                    write(out, record);
                    records++;
                }
            }
        }
        long cases = 0;
        String after = null;
        do {
            JsonNode page = answer(
                    intake,
                    intake.get("/api/export/cases?limit=" + pageSize + (after == null ? "" : "&after=" + after)));
            Map<String, ObjectNode> byCase = new LinkedHashMap<>();
            for (JsonNode exported : page.path("cases")) {
                byCase.put(exported.path("caseId").asText(), IntakePart.recordOf(exported.path("record")));
            }
            if (!byCase.isEmpty()) {
                for (CasePart.Target other : others) {
                    addParts(other, byCase);
                }
            }
            for (ObjectNode record : byCase.values()) {
                write(out, record);
                records++;
                cases++;
            }
            after = page.hasNonNull("next") ? page.get("next").asText() : null;
        } while (after != null);
        out.flush();
        return new Summary(records, cases);
    }

    /** A service's parts of the page's cases, each added to its case's record. */
    private void addParts(CasePart.Target other, Map<String, ObjectNode> byCase)
            throws IOException, InterruptedException {
        ObjectNode request = json.createObjectNode();
        ArrayNode ids = request.putArray("caseIds");
        byCase.keySet().forEach(ids::add);
        String path = "/api/export/cases" + ("planning".equals(other.part().service()) ? "?notes=" + notes : "");
        JsonNode answer = answer(other.client(), other.client().post(path, request));
        for (JsonNode parts : answer.path("cases")) {
            ObjectNode record = byCase.get(parts.path("caseId").asText());
            if (record == null) {
                continue;
            }
            List<String> fields = new ArrayList<>(other.part().parts());
            for (String field : fields) {
                JsonNode part = parts.get(field);
                if (part != null && !part.isNull() && !(part.isArray() && part.isEmpty())) {
                    record.set(field, part);
                }
            }
        }
    }

    private static JsonNode answer(ServiceClient service, ServiceClient.Answer answer) throws IOException {
        if (answer.status() == 401 || answer.status() == 403) {
            throw new IOException(service.name() + " lässt den Export nicht zu (" + answer.status()
                    + "): exportieren darf die Fachadministration (ADMIN) des Jobcenters.");
        }
        if (!answer.ok()) {
            throw new IOException(service.name() + " antwortet " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }

    private void write(Writer out, JsonNode record) {
        try {
            out.write(json.writeValueAsString(record));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
