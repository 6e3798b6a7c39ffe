package de.lotse.platform.input;

import de.lotse.platform.problem.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.annotation.Serdeable;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonInputScannerTest {
    private final JsonInputScanner scanner = new JsonInputScanner();
    private final MultiLineFields fields = new MultiLineFields();

    @Serdeable
    record Goal(String title, @MultiLine @Nullable String description) {}

    @Serdeable
    record Plan(
            String title,
            @MultiLine String note,
            List<Goal> goals,
            @MultiLine List<String> obligations,
            List<String> locations,
            Map<String, Integer> counts,
            Map<String, Goal> goalsByKey,
            @MultiLine Map<String, String> remarks,
            Goal leadGoal) {}

    private List<Problem.Violation> scan(String json) {
        return scanner.scan(json.getBytes(StandardCharsets.UTF_8), fields.of(Argument.of(Plan.class)));
    }

    private static List<String> fieldsOf(List<Problem.Violation> violations) {
        assertThat(violations).allSatisfy(v -> assertThat(v.rule()).isEqualTo("control-character"));
        return violations.stream().map(Problem.Violation::field).toList();
    }

    @Test
    void aCleanBodyPasses() {
        assertThat(scan("""
                {"title":"Plan \\uD83D\\uDE00","note":"Zeile 1\\nZeile 2\\r\\n\\tEnde","goals":[{"title":"A","description":"x\\ny"}],
                 "obligations":["a\\nb"],"counts":{"HEALTH":3},"remarks":{"k":"a\\tb"},"leadGoal":{"title":"L"}}""")).isEmpty();
    }

    @Test
    void namesEachStringWithANulByItsJsonPath() {
        assertThat(fieldsOf(scan("""
                {"title":"a\\u0000","goals":[{"title":"ok"},{"title":"x\\u0000"}],"leadGoal":{"description":"\\u0001"},
                 "goalsByKey":{"k":{"title":"\\u007f"}},"locations":["ok","\\u0085"]}""")))
                .containsExactly(
                        "title", "goals[1].title", "leadGoal.description", "goalsByKey.k.title", "locations[1]");
    }

    @Test
    void linesBreaksPassOnlyInMultiLineFields() {
        assertThat(fieldsOf(scan("""
                {"title":"a\\nb","note":"a\\nb","goals":[{"title":"t\\tx","description":"d\\r\\ne"}],"obligations":["a\\nb"],
                 "locations":["x\\ny"],"remarks":{"k":"a\\nb"},"goalsByKey":{"k":{"description":"a\\nb","title":"a\\rb"}}}""")))
                .containsExactly("title", "goals[0].title", "locations[0]", "goalsByKey.k.title");
    }

    @Test
    void aControlCharacterIsRefusedInMultiLineFieldsToo() {
        assertThat(fieldsOf(scan("{\"note\":\"Zeile 1\\nZeile 2\\u0000\",\"obligations\":[\"\\u001b[31m\"]}")))
                .containsExactly("note", "obligations[0]");
    }

    @Test
    void loneSurrogatesAreRefusedValidPairsPass() {
        assertThat(fieldsOf(scan(
                        "{\"title\":\"\\ud800\",\"note\":\"x\\udc00y\",\"goals\":[{\"title\":\"\\ud83d\\ude00\"}]}")))
                .containsExactly("title", "note");
        assertThat(scan("{\"title\":\"\uD83D\uDE00 raw emoji\"}")).isEmpty();
    }

    @Test
    void keysAreSingleLineAndNameTheirObject() {
        assertThat(fieldsOf(scan(
                        "{\"counts\":{\"HE\\u0000ALTH\":1},\"remarks\":{\"a\\nb\":\"x\"},\"lead\\u0000Goal\":{}}")))
                .containsExactly("counts", "remarks", "lead\\u0000Goal");
    }

    @Test
    void rawControlCharactersAreNamedLikeEscapedOnes() {
        assertThat(fieldsOf(scan("{\"title\":\"a\u0000b\",\"note\":\"a\nb\"}"))).containsExactly("title");
    }

    @Test
    void aBodyOfAnotherShapeIsSingleLineThroughout() {
        assertThat(fieldsOf(scanner.scan(
                        "{\"note\":\"a\\nb\",\"x\":[\"\\u0000\"]}".getBytes(StandardCharsets.UTF_8), null)))
                .containsExactly("note", "x[0]");
        assertThat(fieldsOf(scan("[{\"note\":\"a\\nb\"}]"))).containsExactly("[0].note");
        assertThat(fieldsOf(scan("\"\\u0000\""))).containsExactly((String) null);
    }

    @Test
    void malformedJsonIsLeftToTheBindingButEarlierFindingsCount() {
        assertThat(scan("{\"title\": nope")).isEmpty();
        assertThat(fieldsOf(scan("{\"title\":\"\\u0000\", nope"))).containsExactly("title");
    }

    @Test
    void reportsAtMostTwentyViolations() {
        String many = "[" + String.join(",", java.util.Collections.nCopies(100, "\"\\u0000\"")) + "]";
        assertThat(scan(many)).hasSize(JsonInputScanner.MAX_VIOLATIONS);
    }
}
