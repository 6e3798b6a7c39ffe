// German labels for the codes only the FM work lists carry (shared ones: domain/labels); an unknown
// code shows as it is.

export const DEADLINE_KIND: Record<string, string> = {
  SECONDARY_ASSIGNMENT: 'Zuordnung als Nebenbetreuung',
  FIRST_CONSULTATION: 'Einstiegsberatung',
  CLARIFICATION_PHASE_END: 'Ende der Klärungsphase',
  MAX_DURATION: 'Maximale Betreuungsdauer',
  DEPUTY_ENDS: 'Vertretung endet',
  FIRST_TALK: 'Erstgespräch nach Bewilligung',
  MARKET_NEAR_HANDOVER: 'Übergabe an das arbeitsmarktnahe FM',
  MARKET_NEAR_INVITATION: 'Schriftliche Einladung (arbeitsmarktnah)',
  MARKET_NEAR_FIRST_TALK: 'Erstes Gespräch (arbeitsmarktnah)',
  MARKET_NEAR_REVIEW: 'Prüfung der arbeitsmarktnahen Betreuung',
  REACTIVATION_INSTRUCTION: 'Rechtsfolgenbelehrung nach Reaktivierung',
  U25_TARGET_GROUP_REVIEW: 'Zielgruppe U25 erneut prüfen',
};

export const REVIEW_KIND: Record<string, string> = {
  REVIEW: 'Fortführungsprüfung',
  CLOSURE_RECOMMENDED: 'Beendigung empfohlen',
  MAX_DURATION_ENDS: 'Höchstdauer endet',
};

/** Short names of the instruments, for the one-line entries of the work list (full names: reviews/types). */
export const INSTRUMENT: Record<string, string> = {
  ACTIVATION_45: 'MAbE § 45 SGB III',
  FURTHER_TRAINING_81: 'FbW § 81 SGB III',
  AGH_16D: 'AGH § 16d SGB II',
  EVL_16E: 'EVL § 16e SGB II',
  TAAM_16I: 'TaAM § 16i SGB II',
  MUNICIPAL_16A: 'Kommunale Leistung § 16a SGB II',
  OTHER_16: 'Sonstige Leistung § 16 SGB II',
};

export const RESUBMISSION_KIND: Record<string, string> = {
  RESUBMISSION: 'Wiedervorlage (Kategorie X/Y/Z)',
  VALIDITY_ENDS: 'Gültigkeit des Profilings endet',
};
