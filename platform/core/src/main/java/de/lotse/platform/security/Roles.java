package de.lotse.platform.security;

import java.util.Set;

/** The roles of ARCHITECTURE.md §4, as they appear in the {@code roles} claim. */
public final class Roles {
    /** Arbeitsvermittler:in — placement officer, refers customers. */
    public static final String AV = "AV";
    /** Fallmanager:in — case manager, owns the case after admission. */
    public static final String FM = "FM";
    /** Teamleitung — team lead: escalations, extensions, supervision. */
    public static final String TL = "TL";

    public static final String MANAGEMENT = "MANAGEMENT";
    /** A partner counselling agency (restricted API, {@code partnerId} claim). */
    public static final String PARTNER = "PARTNER";

    public static final String ADMIN = "ADMIN";

    /** The roles of a Jobcenter's staff: each needs the {@code jobcenterId} claim. */
    public static final Set<String> STAFF = Set.of(AV, FM, TL, MANAGEMENT, ADMIN);
    /** Every role Lotse knows; any other value of the {@code roles} claim is the identity provider's own. */
    public static final Set<String> ALL = Set.of(AV, FM, TL, MANAGEMENT, PARTNER, ADMIN);

    private Roles() {}
}
