package de.lotse.assessment.assessments.domain;

/**
 * The dimensions of the co-rated progress scale: customer and FM each rate them at the start and at
 * every review, on the same anchored scale, so "distance travelled" becomes visible (DV2017 9). Lotse's
 * own wording, free of licences.
 */
public enum ProgressDimension {
    HEALTH_AND_WELLBEING("Gesundheit und Wohlbefinden"),
    HOUSING_AND_MONEY("Wohnen und Finanzen"),
    DAILY_STRUCTURE("Tagesstruktur und Alltag"),
    SOCIAL_RELATIONS("Soziale Beziehungen und Unterstützung"),
    CONFIDENCE("Zuversicht und Motivation"),
    WORK_READINESS("Arbeitsfähigkeit und berufliche Perspektive");

    /** The anchors of the scale, 1 … 5, the same for every dimension. */
    public static final String[] ANCHORS = {
        "1 – Hier brauche ich sehr viel Unterstützung; eigene Schritte sind gerade nicht möglich.",
        "2 – Erste eigene Schritte gelingen, mit viel Unterstützung.",
        "3 – Einiges gelingt selbstständig, bei anderem brauche ich Unterstützung.",
        "4 – Das meiste gelingt selbstständig; Unterstützung nur gelegentlich.",
        "5 – Das ist stabil; ich komme selbstständig zurecht."
    };

    private final String label;

    ProgressDimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
