package de.lotse.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guard of the users' words: a problem+json that a service answers is read by Jobcenter staff and
 * partner agencies, so its title, detail and violation messages are plain German — no ids, no codes of
 * enums or rules, no regular expressions or constraint texts of the validator, no references to internal
 * documents (a Jobcenter's policy paper is not the user's business), no English framework phrases. The
 * machine-readable parts ({@code type}, {@code violations[].field}, {@code violations[].rule},
 * {@code instance}, {@code correlationId}) are not checked: they are for the client.
 *
 * <p>{@link ServiceIT#failing} applies it to every refused request the integration tests send.
 */
public final class ProblemAssertions {
    private static final Pattern UUID =
            Pattern.compile("\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");
    /** An enum or rule code such as SPE_BERATUNG or CASE_NOT_REFERRED. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    /** A reference into a policy or guideline document: "BA2010 3c", "TAH 4.3", "UCKERMARK 4.1.4", "PANKOW 8". */
    private static final Pattern DOCUMENT_REFERENCE =
            Pattern.compile("\\b(?:BA2010|TAH|UCKERMARK|PANKOW|DV2017)\\s+\\d+(?:\\.\\d+)*[a-z]?\\b");
    /** What a regular expression or a validator's constraint text looks like. */
    private static final Pattern REGEX = Pattern.compile("\\[[^\\]]*-[^\\]]*]|\\{\\d+,\\d*}|\\\\[dswDSW]|\\[\\^");
    /** Words of the English messages of Micronaut, Jakarta Validation, Jackson and serde. */
    private static final Pattern ENGLISH =
            Pattern.compile("\\b(?:must|should|not|blank|empty|match|matches|required|argument|Forbidden|Unauthorized|"
                    + "Page|Found|Method|allowed|Error|decoding|property|Cannot|deserialize|value|type|of|"
                    + "the|is|be|between|less|greater|than|or|equal|to|Bad|Request|Internal|Unsupported|Media|"
                    + "Content|Invalid|invalid|Specified|Accept|supported|exceeds|Too|Many|Requests|Conflict|"
                    + "Unprocessable|Entity|Not|Acceptable|Payload|Large|size)\\b");

    private ProblemAssertions() {}

    /**
     * Fails when a user-facing text of the problem (title, detail, every violation's message) is not plain
     * German, naming each finding.
     *
     * @param problem the parsed problem+json body
     */
    public static void assertPlainGerman(java.util.Map<String, ?> problem) {
        List<String> findings = findings(problem);
        if (!findings.isEmpty()) {
            throw new AssertionError("problem+json is not plain German for its users: " + String.join("; ", findings)
                    + "\nproblem: " + problem);
        }
    }

    /** What {@link #assertPlainGerman} finds, one entry per text and finding; empty when the texts are fine. */
    public static List<String> findings(java.util.Map<String, ?> problem) {
        List<String> texts = new ArrayList<>();
        texts.add(text(problem.get("title")));
        texts.add(text(problem.get("detail")));
        if (problem.get("violations") instanceof List<?> violations) {
            for (Object violation : violations) {
                if (violation instanceof java.util.Map<?, ?> v) {
                    texts.add(text(v.get("message")));
                }
            }
        }
        List<String> findings = new ArrayList<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            find(findings, text, UUID, "an id");
            find(findings, text, CODE, "a code");
            find(findings, text, DOCUMENT_REFERENCE, "a document reference");
            find(findings, text, REGEX, "a pattern");
            find(findings, text, ENGLISH, "English");
        }
        return findings;
    }

    private static void find(List<String> findings, String text, Pattern pattern, String what) {
        Matcher matcher = pattern.matcher(text);
        if (matcher.find()) {
            findings.add(what + " '" + matcher.group() + "' in \"" + text + "\"");
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
