package de.lotse.platform.testing.fuzz;

/** Helpers to print requests and answers readably. */
final class Texts {
    private Texts() {}

    /** Cuts {@code text} to about {@code max} characters and makes control characters visible. */
    static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        String cut = text.length() <= max
                ? text
                : text.substring(0, max / 2) + "…[" + (text.length() - max) + " more chars]…"
                        + text.substring(text.length() - max / 2);
        StringBuilder visible = new StringBuilder(cut.length());
        cut.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.SURROGATE) {
                visible.append(String.format("\\u%04x", cp));
            } else {
                visible.appendCodePoint(cp);
            }
        });
        return visible.toString();
    }
}
