package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

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
 * @param postalCode
 * @param city
 * @param phone
 * @param email
 * @param contactHours  opening hours as printed, e.g. "Mo–Fr 8–12 Uhr, Do 14–18 Uhr"
 * @param stateCode     the Bundesland as ISO 3166-2 subdivision without the country, e.g. "BB", "BE", "BY"
 * @param regionCode    a region within the Bundesland whose holidays differ (the holiday library's subdivision code
 *                      within the Land, e.g. "AG" Augsburg in "BY"), none for the whole Bundesland
 * @param changedAt
 */
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
        Instant changedAt) implements EventPayload {

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code DirectoryChanged} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private long version;
        private String name;
        private @Nullable String street;
        private @Nullable String postalCode;
        private @Nullable String city;
        private @Nullable String phone;
        private @Nullable String email;
        private @Nullable String contactHours;
        private String stateCode;
        private @Nullable String regionCode;
        private Instant changedAt;

        private Builder() {
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder street(@Nullable String street) {
            this.street = street;
            return this;
        }

        public Builder postalCode(@Nullable String postalCode) {
            this.postalCode = postalCode;
            return this;
        }

        public Builder city(@Nullable String city) {
            this.city = city;
            return this;
        }

        public Builder phone(@Nullable String phone) {
            this.phone = phone;
            return this;
        }

        public Builder email(@Nullable String email) {
            this.email = email;
            return this;
        }

        public Builder contactHours(@Nullable String contactHours) {
            this.contactHours = contactHours;
            return this;
        }

        public Builder stateCode(String stateCode) {
            this.stateCode = stateCode;
            return this;
        }

        public Builder regionCode(@Nullable String regionCode) {
            this.regionCode = regionCode;
            return this;
        }

        public Builder changedAt(Instant changedAt) {
            this.changedAt = changedAt;
            return this;
        }

        public DirectoryChanged build() {
            return new DirectoryChanged(version, name, street, postalCode, city, phone, email, contactHours,
                    stateCode, regionCode, changedAt);
        }
    }
}
