package de.lotse.platform.problem;

import jakarta.validation.ConstraintViolation;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The German message of a bean-validation violation. The validator's default messages are English
 * and show the constraint itself ({@code must match "[A-Z_]{1,30}"}); Jobcenter staff read these
 * messages next to the field, so they say what is expected in plain words, with the numbers of a
 * bound. The violation's {@code rule} keeps the constraint's name for machines.
 */
final class ConstraintMessages {
    /**
     * A pattern for a code of a fixed list ({@code [A-Z_]{1,30}}, {@code [A-Z0-9_]{2,60}}, {@code EINV|NONE}): a
     * value that does not match is no code the service knows.
     */
    private static final Pattern CODE_PATTERN = Pattern.compile(
            "\\^?\\[(?:A-Z_|A-Z0-9_|A-Z_0-9|0-9A-Z_)]\\{\\d+,\\d+}\\$?|\\^?[A-Z0-9_]+(?:\\|[A-Z0-9_]+)+\\$?");
    /** A pattern of a fixed number of digits, e.g. a postcode {@code [0-9]{5}}. */
    private static final Pattern DIGITS_PATTERN = Pattern.compile("\\^?\\[0-9]\\{(\\d+)}\\$?");

    private ConstraintMessages() {}

    static String of(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && !template.startsWith("{jakarta.validation.constraints.")) {
            // a message written for this constraint in the code: already the users' words
            return violation.getMessage();
        }
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String constraint = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        Object value = violation.getInvalidValue();
        return switch (constraint) {
            case "NotNull", "NotBlank" -> "Pflichtangabe fehlt.";
            case "NotEmpty" ->
                value instanceof CharSequence ? "Pflichtangabe fehlt." : "Mindestens eine Angabe ist nötig.";
            case "Size" -> size(value, number(attributes.get("min")), number(attributes.get("max")));
            case "Min", "DecimalMin" -> "Der Wert muss mindestens " + bound(attributes.get("value")) + " sein.";
            case "Max", "DecimalMax" -> "Der Wert darf höchstens " + bound(attributes.get("value")) + " sein.";
            case "Positive" -> "Der Wert muss größer als 0 sein.";
            case "PositiveOrZero" -> "Der Wert darf nicht negativ sein.";
            case "Negative" -> "Der Wert muss kleiner als 0 sein.";
            case "NegativeOrZero" -> "Der Wert darf nicht größer als 0 sein.";
            case "Past" -> "Das Datum muss in der Vergangenheit liegen.";
            case "PastOrPresent" -> "Das Datum darf nicht in der Zukunft liegen.";
            case "Future" -> "Das Datum muss in der Zukunft liegen.";
            case "FutureOrPresent" -> "Das Datum darf nicht in der Vergangenheit liegen.";
            case "Email" -> "Keine gültige E-Mail-Adresse.";
            case "Pattern" -> pattern(String.valueOf(attributes.get("regexp")));
            case "Digits" -> "Die Zahl hat zu viele Stellen.";
            case "AssertTrue", "AssertFalse" -> "Diese Angabe ist so nicht zulässig.";
            case "Null" -> "Diese Angabe ist hier nicht vorgesehen.";
            default -> "Ungültige Angabe.";
        };
    }

    static String pattern(String regexp) {
        var digits = DIGITS_PATTERN.matcher(regexp);
        if (digits.matches()) {
            return "Erwartet werden genau " + digits.group(1) + " Ziffern.";
        }
        if (CODE_PATTERN.matcher(regexp).matches()) {
            return "Unbekannter Wert.";
        }
        return "Die Angabe hat nicht das erwartete Format.";
    }

    private static String size(Object value, long min, long max) {
        boolean text = value instanceof CharSequence;
        long length = length(value);
        String unit = text ? "Zeichen" : "Einträge";
        if (length >= 0 && length < min) {
            if (min == 1) {
                return text ? "Pflichtangabe fehlt." : "Mindestens ein Eintrag ist nötig.";
            }
            return "Mindestens " + min + " " + unit + ".";
        }
        return "Höchstens " + max + " " + unit + ".";
    }

    private static long length(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof Collection<?> collection) {
            return collection.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        if (value != null && value.getClass().isArray()) {
            return Array.getLength(value);
        }
        return -1;
    }

    private static long number(Object attribute) {
        return attribute instanceof Number number ? number.longValue() : 0;
    }

    private static String bound(Object attribute) {
        return String.valueOf(attribute).replace('.', ',');
    }
}
