package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.time.Instant;

/**
 * The Jobcenter's own record changed: the organisation data every service may show and print (letterheads,
 * the Jobcenter's address on a Kooperationsplan) and the Bundesland whose public holidays working-day deadlines
 * skip (docs/domain.md §13). Staff and organisation data only — never customer data (docs/architecture.md, Names and letters). The
 * directory of teams and staff extends this record later (issue "Know who and find who").
 *
 * <p>Topic {@code directory-changed}, key: the Jobcenter id, version 1.
 *
 * @param version       the record's version in intake, counting from 1; consumers keep the highest
 * @param name          e.g. "Jobcenter Uckermark"
 * @param street        street and number of the visiting address
 * @param contactHours  opening hours as printed, e.g. "Mo–Fr 8–12 Uhr, Do 14–18 Uhr"
 * @param stateCode     the Bundesland as ISO 3166-2 subdivision without the country, e.g. "BB", "BE", "BY"
 * @param regionCode    a region within the Bundesland whose holidays differ (the holiday library's subdivision code
 *                      within the Land, e.g. "AG" Augsburg in "BY"), none for the whole Bundesland
 */
@RecordBuilder
@Serdeable
@OrganisationData
public record DirectoryChanged(
        long version,
        String name,
        @Nullable String street,
        @Nullable String postalCode,
        @Nullable String city,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String contactHours,
        String stateCode,
        @Nullable String regionCode,
        Instant changedAt)
        implements EventPayload {

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static DirectoryChangedBuilder builder() {
        return DirectoryChangedBuilder.builder();
    }
}
