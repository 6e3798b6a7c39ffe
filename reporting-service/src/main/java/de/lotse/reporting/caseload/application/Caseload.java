package de.lotse.reporting.caseload.application;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The caseload of a Jobcenter (or the part the caller may see), grouped as requested. */
@Serdeable
public record Caseload(String jobcenterId, String groupBy, List<CaseloadRow> rows, long total) {
}
