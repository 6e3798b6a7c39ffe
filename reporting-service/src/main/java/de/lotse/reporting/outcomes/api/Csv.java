package de.lotse.reporting.outcomes.api;

/** CSV cells for spreadsheets: quoted when needed, and never read as a formula (CSV injection). */
final class Csv {
    private Csv() {
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.equals("-")) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
