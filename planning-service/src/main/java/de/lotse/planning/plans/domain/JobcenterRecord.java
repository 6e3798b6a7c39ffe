package de.lotse.planning.plans.domain;

/**
 * The Jobcenter's own record as {@code directory-changed} brings it: the letterhead of printed documents.
 */
public record JobcenterRecord(
        String jobcenterId,
        String name,
        String street,
        String postalCode,
        String city,
        String phone,
        String email,
        String contactHours) {}
