package de.lotse.planning.sustainability.domain;

/**
 * Where the Jobcenter knows it from (docs/domain.md §16.2). The check is the Jobcenter's own record: it asks the
 * former customer nothing — only within the after-care period may an after-care contact be the source.
 */
public enum Source {
    /** the benefit records (Leistungsakte), e.g. income reported or benefits ended */
    BENEFIT_RECORDS,
    /** the employer confirmed the employment (e.g. in a wage subsidy's proof) */
    EMPLOYER_CONFIRMATION,
    /** the customer got in touch on their own */
    CUSTOMER_NOTICE,
    /** a contact within the after-care period (Nachbetreuung, docs/domain.md §16.1) */
    AFTER_CARE_CONTACT
}
