// German labels for the codes the FM work lists carry; an unknown code shows as it is.

export function label(map: Record<string, string>, code?: string | null): string {
  if (!code) return '–';
  return map[code] ?? code;
}

export const CASE_STATUS: Record<string, string> = {
  REFERRED: 'Vorgemerkt',
  DECLINED: 'Abgelehnt',
  ESCALATED: 'Bei der Teamleitung',
  NOT_ADMITTED: 'Nicht aufgenommen',
  ADMITTED: 'Aufgenommen',
  ACTIVE: 'In Betreuung',
  CLOSED: 'Abgeschlossen',
};

export const ROUTE: Record<string, string> = {
  AV: 'Arbeitsvermittlung',
  NEW_CUSTOMER_CENTRE: 'Neukundenzentrum',
  FAMILY: 'Angehörige / Familie',
  NETWORK_PARTNER: 'Netzwerkpartner',
  LEGAL_GUARDIAN: 'Gesetzliche Betreuung',
  RELOCATION: 'Umzug (anderes Jobcenter)',
};

export const DEADLINE_KIND: Record<string, string> = {
  SECONDARY_ASSIGNMENT: 'Zuordnung als Nebenbetreuung',
  FIRST_CONSULTATION: 'Einstiegsberatung',
  CLARIFICATION_PHASE_END: 'Ende der Klärungsphase',
  MAX_DURATION: 'Maximale Betreuungsdauer',
  DEPUTY_ENDS: 'Vertretung endet',
};

export const CONTACT_STATUS: Record<string, string> = {
  COMPLIANT: 'Kontaktdichte erfüllt',
  NOT_COMPLIANT: 'Kontaktdichte nicht erfüllt',
  NOT_APPLICABLE: 'keine Kontaktregel',
};

export const REVIEW_KIND: Record<string, string> = {
  REVIEW: 'Fortführungsprüfung',
  CLOSURE_RECOMMENDED: 'Beendigung empfohlen',
  MAX_DURATION_ENDS: 'Höchstdauer endet',
};

export const AGREEMENT_TYPE: Record<string, string> = {
  EINV: 'Eingliederungsvereinbarung',
  KOOPERATIONSPLAN: 'Kooperationsplan',
  NONE: 'ohne Vereinbarung',
};

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

export const PARTNER_SERVICE: Record<string, string> = {
  CHILDCARE_OR_HOME_CARE: 'Kinderbetreuung / häusliche Pflege (§ 16a Nr. 1)',
  DEBT_COUNSELLING: 'Schuldnerberatung (§ 16a Nr. 2)',
  PSYCHOSOCIAL_COUNSELLING: 'Psychosoziale Betreuung (§ 16a Nr. 3)',
  ADDICTION_COUNSELLING: 'Suchtberatung (§ 16a Nr. 4)',
  HOUSING_SECURITY: 'Wohnungssicherung',
  HEALTH_ADVICE: 'Gesundheitsberatung',
  LIFE_SITUATION_ADVICE: 'Lebenslagenberatung',
  MIGRATION_COUNSELLING: 'Migrationsberatung',
  YOUTH_WELFARE_OFFICE: 'Jugendamt / Jugendhilfe',
  MEASURE: 'Maßnahme eines Trägers',
};

export const REFERRAL_STATUS: Record<string, string> = {
  REQUESTED: 'angefragt',
  ACCEPTED: 'angenommen',
  STARTED: 'begonnen',
  REJECTED: 'abgelehnt',
  COMPLETED: 'abgeschlossen',
  ABORTED: 'abgebrochen',
  REVOKED: 'zurückgezogen',
  ENDED_BY_CLOSURE: 'durch Fallabschluss beendet',
};
