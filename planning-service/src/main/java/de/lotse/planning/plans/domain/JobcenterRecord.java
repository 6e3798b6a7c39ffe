package de.lotse.planning.plans.domain;

/**
 * The Jobcenter's own record as {@code directory-changed} brings it: the letterhead of printed documents.
 *
 * @param jobcenterId
 * @param name
 * @param street
 * @param postalCode
 * @param city
 * @param phone
 * @param email
 * @param contactHours
 */
public record JobcenterRecord(String jobcenterId, String name, String street, String postalCode, String city,
                              String phone, String email, String contactHours) {
}
