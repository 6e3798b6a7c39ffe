package de.lotse.planning.duties.domain;

/**
 * The closed catalogue of duties a Jobcenter may demand in writing (Aufforderung, § 15 Abs. 6 SGB II) so
 * that not fulfilling them can ground a benefit-reduction check (§ 31 Abs. 1 Nr. 1 SGB II);
 * docs/domain.md §14. Every duty is an effort towards work. Giving a consent (Schweigepflichtentbindung),
 * limiting or keeping it is not and can never be added: consent is voluntary and refusing it brings no
 * disadvantage (docs/domain.md §9, PANKOW 4.4). The catalogue is an enum on purpose — a new duty is a
 * reviewed code change, never data an administrator or a client can enter.
 */
public enum Duty {
    /** Eigenbemühungen (Bewerbungen) im festgelegten Umfang nachweisen — the law's own example. */
    OWN_EFFORTS,
    /** sich auf ein bestimmtes Stellenangebot bewerben */
    APPLY_FOR_JOB,
    /** Bewerbungsunterlagen (Lebenslauf, Anschreiben) erstellen und vorlegen */
    APPLICATION_DOCUMENTS,
    /** an einer vereinbarten Maßnahme zur Eingliederung teilnehmen */
    TAKE_PART_IN_MEASURE,
    /** sich bei einem Arbeitgeber oder Träger persönlich vorstellen */
    PRESENT_TO_EMPLOYER
}
