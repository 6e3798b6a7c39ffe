package de.lotse.platform.security;

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

    private Roles() {
    }
}
