package de.lotse.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ./lotse export}: everything a Jobcenter holds in Lotse, in the import format (docs/import.md). */
@Command(
        name = "lotse-export",
        mixinStandardHelpOptions = true,
        description = "Schreibt alles, was das Jobcenter in Lotse führt, im Lotse-Format (JSON Lines, docs/import.md).")
public final class Export implements Callable<Integer> {
    @Mixin
    ServiceOptions services;

    @Option(names = "--out", description = "die Datei (ohne: die Standardausgabe)")
    Path out;

    @Option(
            names = "--notes",
            defaultValue = "team",
            description = "welche Vermerke: none, team (ohne persönliche und gesundheitsbezogene) oder all")
    String notes;

    @Option(names = "--page", defaultValue = "200", description = "Fälle je Anfrage")
    int page;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Export()).execute(args));
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!services.hasToken()) {
            System.err.println("Kein Zugangstoken: --token oder LOTSE_TOKEN angeben.");
            return 2;
        }
        if (!java.util.List.of("none", "team", "all").contains(notes)) {
            System.err.println("--notes ist none, team oder all.");
            return 2;
        }
        ObjectMapper json = new ObjectMapper();
        IdMapping same = IdMapping.identity("Person");
        ExportRun run = new ExportRun(
                services.intake(json), services.others(same, IdMapping.identity("Team"), json), json, notes, page);
        ExportRun.Summary summary;
        try (Writer writer = out == null
                ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            summary = run.run(writer);
        }
        System.err.printf("Export: %d Datensätze, davon %d Fälle%n", summary.records(), summary.cases());
        return 0;
    }
}
