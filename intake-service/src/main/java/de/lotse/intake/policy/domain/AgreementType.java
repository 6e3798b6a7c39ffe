package de.lotse.intake.policy.domain;

/** The agreement a case is based on (§15 SGB II); since 07/2023 the law calls it Kooperationsplan. */
public enum AgreementType {
    /** Eingliederungsvereinbarung (EinV), §15 SGB II a. F. */
    EINV,
    /** Kooperationsplan, §15 SGB II n. F. (Bürgergeld-Gesetz, ab 07/2023). */
    KOOPERATIONSPLAN
}
