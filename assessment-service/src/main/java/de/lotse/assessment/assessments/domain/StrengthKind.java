package de.lotse.assessment.assessments.domain;

/** Kinds of strengths and resources (Stärken / Potenziale). */
public enum StrengthKind {
    /** Berufserfahrung, Fachkenntnisse */
    PROFESSIONAL,
    /** Abschlüsse, Zertifikate */
    QUALIFICATION,
    /** Sprachen */
    LANGUAGE,
    /** persönliche Stärken (z. B. Zuverlässigkeit, Ausdauer) */
    PERSONAL,
    /** soziales Netz, Unterstützung im Umfeld */
    SOCIAL_NETWORK,
    /** Interessen, ehrenamtliches Engagement */
    INTERESTS,
    OTHER
}
