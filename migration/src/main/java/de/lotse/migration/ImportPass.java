package de.lotse.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What both passes of an import ({@link ImportCheck}, {@link ImportWrite}) work with: the file, the services and
 * their parts, and how a problem is reported.
 */
abstract class ImportPass {
    protected final Path file;
    protected final ServiceClient intake;
    protected final IntakePart intakePart;
    protected final List<CasePart.Target> others;
    protected final List<CasePart.Target> recordOwners;
    protected final ObjectMapper json;
    protected final PrintStream out;

    ImportPass(
            Path file,
            ServiceClient intake,
            IntakePart intakePart,
            List<CasePart.Target> others,
            ObjectMapper json,
            PrintStream out) {
        this.file = file;
        this.intake = intake;
        this.intakePart = intakePart;
        this.others = List.copyOf(others);
        this.recordOwners =
                this.others.stream().filter(o -> o.part() instanceof RecordPart).toList();
        this.json = json;
        this.out = out;
    }

    /** A record's body for one service, with where it stands in the file. */
    protected record Pending(long line, String source, ObjectNode body) {}

    /** The index among {@link #recordOwners} of the service that keeps records of the kind, or -1. */
    protected int ownerOf(String kind) {
        for (int i = 0; i < recordOwners.size(); i++) {
            if (((RecordPart) recordOwners.get(i).part()).kinds().contains(kind)) {
                return i;
            }
        }
        return -1;
    }

    /** The parts of a case record that no service of this run takes over. */
    protected List<String> notTakenOver(JsonNode record) {
        Set<String> taken = new HashSet<>();
        others.forEach(o -> taken.addAll(o.part().parts()));
        return IntakePart.OTHER_SERVICES_PARTS.stream()
                .filter(record::has)
                .filter(part -> !taken.contains(part))
                .toList();
    }

    protected void refuse(Set<Long> invalid, List<Problem> problems) {
        for (Problem problem : problems) {
            invalid.add(problem.line());
            out.println(problem.describe());
        }
    }

    protected static List<Problem> problemsOf(Pending pending, JsonNode problem) {
        List<Problem> problems = new ArrayList<>();
        for (JsonNode v : problem.path("violations")) {
            problems.add(new Problem(
                    pending.line(),
                    pending.source(),
                    v.path("field").asText(""),
                    v.path("rule").asText(""),
                    v.path("message").asText("")));
        }
        if (problems.isEmpty()) {
            problems.add(new Problem(
                    pending.line(),
                    pending.source(),
                    "",
                    "REFUSED_" + problem.path("status").asText(""),
                    problem.path("detail").asText(problem.path("title").asText("abgelehnt"))));
        }
        return problems;
    }
}
