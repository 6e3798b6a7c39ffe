package de.lotse.intake.nonreferral.domain;

/** The result of re-checking a non-referral (at the latest every six months, PANKOW 4.2). */
public enum RecheckOutcome {
    /** Die Entscheidung gegen die Vormerkung bleibt bestehen; nächste Prüfung nach der Frist der Richtlinie. */
    CONFIRMED,
    /** Die Kundin / der Kunde wird jetzt vorgemerkt. */
    REFERRED,
    /** Die Zugangskriterien liegen nicht mehr vor. */
    CRITERIA_NO_LONGER_MET
}
