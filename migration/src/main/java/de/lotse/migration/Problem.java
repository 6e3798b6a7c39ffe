package de.lotse.migration;

/**
 * One thing wrong with one record of an import file: where it is (line, the record's source key, the field)
 * and which rule it breaks, in words an operator of the migration can act on.
 *
 * @param line    the line of the file, from 1
 * @param source  the record's key ({@code OPEN_PROSOZ F-2024-0815}), or empty where the line has none
 * @param field   the field's path in the record ({@code contacts[3].occurredOn}), empty for the record itself
 * @param rule    the broken rule's code: a JSON Schema keyword ({@code required}, {@code format}) or a service's rule
 * @param message what is wrong, in German
 */
public record Problem(long line, String source, String field, String rule, String message) {

    /** {@code Zeile 17 (OPEN_PROSOZ F-2024-0815), contacts[3].occurredOn: … [format]} */
    public String describe() {
        StringBuilder text = new StringBuilder("Zeile ").append(line);
        if (!source.isEmpty()) {
            text.append(" (").append(source).append(')');
        }
        if (!field.isEmpty()) {
            text.append(", ").append(field);
        }
        return text.append(": ")
                .append(message)
                .append(" [")
                .append(rule)
                .append(']')
                .toString();
    }
}
