package de.lotse.intake.customers.domain;

import java.time.LocalDate;
import java.time.Period;

/** U25 / Ü25 (UE25) — decides which FM team is responsible. */
public enum AgeGroup {
    U25,
    UE25;

    public static AgeGroup at(LocalDate dateOfBirth, LocalDate day) {
        return Period.between(dateOfBirth, day).getYears() < 25 ? U25 : UE25;
    }

    /** The day the customer completes the 25th year of life (Vollendung des 25. Lebensjahres). */
    public static LocalDate turns25On(LocalDate dateOfBirth) {
        return dateOfBirth.plusYears(25);
    }
}
