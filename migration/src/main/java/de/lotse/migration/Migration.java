package de.lotse.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ./lotse import}: takes running cases with their history over from another system (docs/import.md). */
@Command(
        name = "lotse-import",
        mixinStandardHelpOptions = true,
        description =
                "Übernimmt Fälle mit ihrer Geschichte aus einer Datei im Lotse-Format (JSON Lines, docs/import.md).")
public final class Migration implements Callable<Integer> {

    @Parameters(index = "0", description = "die Datei (JSON Lines, je Zeile ein Datensatz)")
    Path file;

    @Option(names = "--dry-run", description = "nur prüfen, nichts übernehmen")
    boolean dryRun;

    @Option(
            names = "--staff",
            description = "Zuordnung der Personen: CSV quelle;lotse (ohne: die Kennungen wie sie sind)")
    Path staff;

    @Option(names = "--teams", description = "Zuordnung der Teams: CSV quelle;lotse (ohne: die Kennungen wie sie sind)")
    Path teams;

    @Mixin
    ServiceOptions services;

    @Option(names = "--report", description = "je Fall eine JSON-Zeile mit dem Ergebnis in diese Datei")
    Path report;

    @Option(names = "--batch", defaultValue = "200", description = "Fälle je Prüfanfrage")
    int batch;

    @Option(names = "--parallel", defaultValue = "8", description = "wie viele Fälle zugleich übernommen werden")
    int parallel;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Migration()).execute(args));
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!services.hasToken()) {
            System.err.println("Kein Zugangstoken: --token oder LOTSE_TOKEN angeben.");
            return 2;
        }
        ObjectMapper json = new ObjectMapper();
        IdMapping people = staff == null ? IdMapping.identity("Person") : IdMapping.read("Person", staff);
        IdMapping teamIds = teams == null ? IdMapping.identity("Team") : IdMapping.read("Team", teams);
        ImportRun run = new ImportRun(
                file,
                services.intake(json),
                new IntakePart(people, teamIds),
                services.others(people, teamIds, json),
                json,
                System.out,
                batch,
                parallel);
        ImportRun.Summary summary;
        if (report == null) {
            summary = run.run(dryRun, null);
        } else {
            try (Writer writer = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
                summary = run.run(dryRun, writer);
            }
        }
        // 0: everything in the file is taken over (or would be); 1: something is invalid, failed or incomplete
        boolean complete = summary.invalid() == 0 && summary.failed() == 0 && summary.incomplete() == 0;
        return complete ? 0 : 1;
    }
}
