package de.lotse.migration.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The demo Jobcenter's two years of history as a file of the import format (docs/import.md, "Demo"), generated
 * reproducibly: the same seed and end day give the same file. {@code ./lotse run} imports it, so every screen and
 * dashboard shows real shapes; the scale benchmark imports a large one. Staff and teams are the demo users'
 * (deploy/devinfra DevTokens), so the file needs no mapping.
 */
@Command(
        name = "lotse-demo-history",
        mixinStandardHelpOptions = true,
        description = "Erzeugt die Geschichte des Demo-Jobcenters im Lotse-Format (JSON Lines, docs/import.md).")
public final class DemoHistory implements Callable<Integer> {
    /** The source system of the generated records. */
    static final String SOURCE_SYSTEM = "DEMO";
    /** The partner's service a referral asks for, by partner. */
    static final Map<String, String> SERVICES = Map.of(
            "P-SB", "DEBT_COUNSELLING",
            "P-SU", "ADDICTION_COUNSELLING",
            "P-PS", "PSYCHOSOCIAL_COUNSELLING",
            "P-AGH", "MEASURE");
    /** The purpose of a consent to a partner (one of the consent form's purposes). */
    static final Map<String, String> PURPOSES = Map.of(
            "P-SB", "SCHULDNERBERATUNG",
            "P-SU", "SUCHTBERATUNG",
            "P-PS", "PSYCHOSOZIALE_BERATUNG",
            "P-AGH", "ARBEITSGELEGENHEIT");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Option(names = "--cases", defaultValue = "300", description = "wie viele Fälle")
    int cases;

    @Option(
            names = "--seed",
            defaultValue = "2026",
            description = "Startwert des Zufalls: gleicher Wert, gleiche Datei")
    long seed;

    @Option(names = "--until", description = "der letzte Tag der Geschichte (Vorgabe: gestern)")
    LocalDate until;

    @Option(names = "--out", description = "die Datei (ohne: die Standardausgabe)")
    Path out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new DemoHistory()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        LocalDate end = until == null ? LocalDate.now().minusDays(1) : until;
        try (Writer writer = out == null
                ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            write(writer, seed, cases, end);
        }
        return 0;
    }

    /** Writes the partners, the consent form and {@code cases} cases ending on {@code end}, one record per line. */
    public static void write(Writer writer, long seed, int cases, LocalDate end) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (ObjectNode record : jobcenterRecords()) {
            writer.write(json.writeValueAsString(record));
            writer.write('\n');
        }
        for (int i = 1; i <= cases; i++) {
            writer.write(json.writeValueAsString(new DemoCase(seed, i, end).build()));
            writer.write('\n');
        }
        writer.flush();
    }

    private static List<ObjectNode> jobcenterRecords() {
        ObjectNode form = record("consentForm", "SE-2023");
        form.put("code", "SE-2023")
                .put(
                        "text",
                        "Ich entbinde das Jobcenter und die unten genannte Stelle gegenseitig von der Schweigepflicht,"
                                + " soweit es für den genannten Zweck erforderlich ist. Die Einwilligung ist freiwillig"
                                + " und jederzeit widerruflich; aus einer Verweigerung oder einem Widerruf entstehen"
                                + " keine Nachteile.")
                .put("validFrom", "2023-01-01");
        form.putArray("scopes")
                .add("APPOINTMENT_ATTENDANCE")
                .add("PARTICIPATION_DATES")
                .add("COMPLETION_OR_ABORT")
                .add("NEXT_STEP_RECOMMENDATION");
        form.putArray("purposes")
                .add("SCHULDNERBERATUNG")
                .add("SUCHTBERATUNG")
                .add("PSYCHOSOZIALE_BERATUNG")
                .add("ARBEITSGELEGENHEIT");
        return List.of(
                partner("P-SB", "Schuldner- und Insolvenzberatung Nord", "COUNSELLING_AGENCY", "Berlin-Pankow"),
                partner("P-SU", "Suchtberatung am Park", "COUNSELLING_AGENCY", "Berlin-Prenzlauer Berg"),
                partner("P-PS", "Psychosoziale Beratungsstelle Mitte", "SOCIAL_SERVICE", "Berlin-Weißensee"),
                partner("P-AGH", "Beschäftigungsträger Werkhof", "MEASURE_PROVIDER", "Berlin-Pankow"),
                form);
    }

    private static ObjectNode partner(String id, String name, String type, String location) {
        ObjectNode partner = record("partner", id);
        partner.put("name", name).put("type", type).put("active", true);
        partner.putArray("services").add(SERVICES.get(id));
        partner.putArray("locations").add(location);
        return partner;
    }

    private static ObjectNode record(String kind, String id) {
        ObjectNode record = NODES.objectNode();
        record.put("formatVersion", 1).put("kind", kind);
        record.putObject("source").put("system", SOURCE_SYSTEM).put("id", id);
        return record;
    }
}
