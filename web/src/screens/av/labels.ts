// German labels for the intake-service codes only the AV screens show (shared ones: domain/labels);
// unknown codes show the code.

/** Badge tones of the CaseStatus labels. */
export const CASE_STATUS_TONE: Record<string, 'neutral' | 'ok' | 'warn' | 'danger' | 'info'> = {
  REFERRED: 'info',
  DECLINED: 'danger',
  ESCALATED: 'warn',
  NOT_ADMITTED: 'neutral',
  ADMITTED: 'ok',
  ACTIVE: 'ok',
  CLOSED: 'neutral',
};

/** The routes an AV can refer by (RELOCATION is created by the system only). */
export const REFERRAL_ROUTES = ['AV', 'NEW_CUSTOMER_CENTRE', 'FAMILY', 'NETWORK_PARTNER', 'LEGAL_GUARDIAN'];

export const FACT_SOURCE: Record<string, string> = {
  ASSESSMENT: 'aus dem letzten Assessment',
  INPUT: 'Ihre Angabe',
};

/** NonReferralReason (PANKOW 4.2, BA2010 3b). */
export const NON_REFERRAL_REASON: Record<string, string> = {
  MISSING_COOPERATION: 'Erforderliche Mitwirkung wird verweigert',
  CUSTOMER_DECLINES: 'Kundin / Kunde lehnt das Fallmanagement ab',
  INTEGRATION_IMMINENT: 'Integration steht unmittelbar bevor',
  OTHER_SUPPORT_PRIORITY: 'Andere Unterstützung ist vorrangig',
  TEMPORARY_OBSTACLE: 'Vorübergehendes Hindernis (z. B. Erkrankung, Elternzeit)',
  OTHER: 'Sonstiges (Begründung erforderlich)',
};

/** RecheckOutcome */
export const RECHECK_OUTCOME: Record<string, string> = {
  CONFIRMED: 'Nichtvormerkung bleibt bestehen',
  REFERRED: 'Kundin / Kunde wird jetzt vorgemerkt',
  CRITERIA_NO_LONGER_MET: 'Zugangskriterien liegen nicht mehr vor',
};

/** FM teams offered for a referral; any other team id can be typed in. */
export const FM_TEAMS = ['team-fm-1', 'team-fm-2'];
