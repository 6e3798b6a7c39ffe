package de.lotse.planning.consultations.domain;

import java.security.SecureRandom;

/**
 * The name under which a participant who may not read the case sees a consultation, e.g. "Fall K7F-3QX":
 * drawn at random per consultation and stored with it, so it is stable, differs between two consultations of
 * the same case (they cannot be linked by it) and reveals nothing about the case id (docs/domain.md §17).
 */
public final class Pseudonym {
    /** Without 0/O, 1/I/L: read aloud in a team meeting without confusion. */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();

    private Pseudonym() {}

    public static String draw() {
        StringBuilder s = new StringBuilder("Fall ");
        for (int i = 0; i < 6; i++) {
            if (i == 3) {
                s.append('-');
            }
            s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }
}
