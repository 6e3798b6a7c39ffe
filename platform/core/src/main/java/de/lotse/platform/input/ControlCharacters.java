package de.lotse.platform.input;

/**
 * Finds the characters no text of a request may carry: the Unicode control characters (general
 * category Cc: U+0000–U+001F, U+007F–U+009F) and lone UTF-16 surrogates, which no UTF-8 text can
 * hold. TAB, LF and CR count as line breaks, allowed only in multi-line fields. PostgreSQL refuses
 * U+0000 in text, and the others have no business in a case file either (they hide text, break
 * exports and logs).
 */
public final class ControlCharacters {

    /** What a text contains that it must not, worst first. */
    public enum Finding {
        /** a control character other than TAB, LF and CR */
        CONTROL,
        /** half of a surrogate pair without its other half */
        LONE_SURROGATE,
        /** TAB, LF or CR: only allowed where a field is multi-line */
        LINE_BREAK
    }

    private ControlCharacters() {}

    /**
     * The worst finding in {@code text[offset, offset + length)}: {@link Finding#CONTROL} or
     * {@link Finding#LONE_SURROGATE} as soon as one is seen, {@link Finding#LINE_BREAK} if only line
     * breaks were, {@code null} for a clean text. One pass, no allocation.
     */
    public static Finding find(char[] text, int offset, int length) {
        Finding found = null;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = text[i];
            if (c >= 0x20 && c < 0x7F) {
                continue; // printable ASCII: the common case
            }
            if (c < 0x20) {
                if (c == '\t' || c == '\n' || c == '\r') {
                    found = Finding.LINE_BREAK;
                } else {
                    return Finding.CONTROL;
                }
            } else if (c <= 0x9F) {
                return Finding.CONTROL; // DEL and the C1 controls
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
                    i++; // a valid pair, e.g. an emoji
                } else {
                    return Finding.LONE_SURROGATE;
                }
            }
        }
        return found;
    }

    /** The same for a string, e.g. a query value. */
    public static Finding find(CharSequence text) {
        Finding found = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (c < 0x20) {
                if (c == '\t' || c == '\n' || c == '\r') {
                    found = Finding.LINE_BREAK;
                } else {
                    return Finding.CONTROL;
                }
            } else if (c <= 0x9F) {
                return Finding.CONTROL;
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return Finding.LONE_SURROGATE;
                }
            }
        }
        return found;
    }

    /** Whether a text with this finding is acceptable in a field of that kind. */
    public static boolean acceptable(Finding finding, boolean multiLine) {
        return finding == null || finding == Finding.LINE_BREAK && multiLine;
    }

    /**
     * An HTTP header value as the server decoded it: HTTP/1.1 header bytes above 0x7F are opaque
     * (RFC 9110 obs-text) and arrive one char per byte, so a UTF-8 "€" would look like a C1 control
     * here. Only the C0 controls (TAB included: a header value is one line) and DEL are refused.
     */
    public static boolean acceptableHeaderValue(CharSequence value) {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** The text with every control character and lone surrogate written as {@code \u0000}, safe to show. */
    public static String visible(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.getType(c) == Character.CONTROL || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The German message for a finding. */
    public static String message(Finding finding) {
        return switch (finding) {
            case CONTROL -> "Enthält ein Steuerzeichen (z. B. ein Nullzeichen); das ist nicht erlaubt.";
            case LONE_SURROGATE -> "Enthält ein ungültiges Unicode-Zeichen (ein halbes Ersatzzeichenpaar).";
            case LINE_BREAK -> "Zeilenumbrüche und Tabulatoren sind in diesem Feld nicht erlaubt.";
        };
    }
}
