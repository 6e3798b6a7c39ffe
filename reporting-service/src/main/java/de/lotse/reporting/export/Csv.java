package de.lotse.reporting.export;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table as CSV for a spreadsheet (German Excel opens it directly): semicolon separated, UTF-8 with a
 * byte-order mark (without it Excel reads umlauts as Windows-1252), CRLF line ends, cells quoted when
 * needed and never read as a formula (CSV injection), withheld counts as {@code geschützt}.
 */
public final class Csv {
    /**
     * What a withheld cell shows: fewer than 5 customers, a count within such a group, or a figure withheld
     * so that no small one can be worked out from the others. One mark for all, as the statistical offices
     * do: which of the reasons applies would itself narrow the value.
     */
    public static final String SUPPRESSED = "geschützt";

    /** The response header naming the reporting date of management figures. */
    public static final String REPORTING_DATE_HEADER = "Lotse-Reporting-Date";

    private final StringBuilder text = new StringBuilder("\uFEFF");

    private Csv(List<String> header) {
        row(header);
    }

    public static Csv withHeader(String... header) {
        return new Csv(List.of(header));
    }

    /** One line; {@code null} cells stay empty. */
    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            Object value = cells.get(i);
            text.append(value == null ? "" : cell(value.toString()));
        }
        text.append("\r\n");
        return this;
    }

    public Csv row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    /** The download: {@code text/csv; charset=UTF-8} as an attachment with the file name. */
    public HttpResponse<byte[]> download(String fileName) {
        return download(fileName, null);
    }

    /** The download of figures of a reporting date (management), which a header names; none: live figures. */
    public HttpResponse<byte[]> download(String fileName, java.time.LocalDate reportingDate) {
        io.micronaut.http.MutableHttpResponse<byte[]> response = HttpResponse.ok(
                        text.toString().getBytes(StandardCharsets.UTF_8))
                .contentType(new MediaType("text/csv", java.util.Map.of("charset", "UTF-8")))
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        if (reportingDate != null) {
            response.header(REPORTING_DATE_HEADER, reportingDate.toString());
        }
        return response;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.equals("-") && !isNumber(v)) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static boolean isNumber(String v) {
        return v.matches("-?\\d+([.,]\\d+)?");
    }
}
