package de.lotse.reporting.disclosure.application;

import de.lotse.reporting.disclosure.domain.Figures;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Set;

/**
 * One month of a Jobcenter's outcome figures for a reporting date: every row management can read (per
 * team and for the Jobcenter, per key and over all keys, and the zeros withheld within a withheld
 * population) with its true value, and which rows are withheld.
 */
@Serdeable
public record FlowFigures(String month, List<Flow> flows, Set<String> withheld) {
    /** Stored as JSON, where empty collections are left out: read back as empty. */
    public FlowFigures {
        flows = flows == null ? List.of() : flows;
        withheld = withheld == null ? Set.of() : withheld;
    }

    /**
     * @param teamId    none for the Jobcenter's total
     * @param key       none for the sum over all keys
     * @param customers distinct customers behind the value
     */
    @Serdeable
    public record Flow(
            String metric,
            String month,
            @Nullable String teamId,
            @Nullable String key,
            long value,
            long customers) {
        public String id() {
            return Figures.flow(metric, month, teamId, key);
        }
    }
}
