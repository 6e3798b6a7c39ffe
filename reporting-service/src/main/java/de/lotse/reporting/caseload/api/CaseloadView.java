package de.lotse.reporting.caseload.api;

import de.lotse.reporting.caseload.domain.Caseload;
import de.lotse.reporting.caseload.domain.CaseloadLine;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Serdeable
@Schema(name = "Fallbestand", description = "Offene Fälle eines Jobcenters (bzw. des sichtbaren Teils), gruppiert")
record CaseloadView(
        @Schema(description = "Jobcenter des Tokens") String jobcenterId,
        @Schema(description = "Gruppierung", allowableValues = {"caseManager", "team"}) String groupBy,
        @Schema(description = "Eine Zeile je Fallmanager:in bzw. Team, nach Schlüssel sortiert") List<Row> rows,
        @Schema(description = "Summe der offenen Fälle aller Zeilen") long total) {

    static CaseloadView of(Caseload caseload) {
        return new CaseloadView(caseload.scope().jobcenterId(), caseload.grouping().parameter(),
                caseload.lines().stream().map(Row::of).toList(), caseload.total());
    }

    @Serdeable
    @Schema(name = "Fallbestandszeile")
    record Row(
            @Schema(description = "Kennung der Fallmanager:in (sub) bzw. des Teams") String key,
            @Schema(description = "Offene Fälle") long openCases,
            @Schema(description = "davon unter 25 Jahre (U25)") long u25,
            @Schema(description = "davon 25 Jahre und älter (Ü25)") long ue25) {

        static Row of(CaseloadLine line) {
            return new Row(line.key(), line.openCases(), line.u25(), line.ue25());
        }
    }
}
