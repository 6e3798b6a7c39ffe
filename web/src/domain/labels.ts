// German labels for the service codes that more than one screen shows; a screen's own codes keep
// their labels next to the screen. An unknown code shows as it is.
import type { Option } from '../ui/forms';

export function label(map: Record<string, string>, code?: string | null): string {
  if (!code) return '–';
  return map[code] ?? code;
}

/** Select options in the map's order, or for the codes given. */
export function options(map: Record<string, string>, codes: string[] = Object.keys(map)): Option[] {
  return codes.map((value) => ({ value, label: map[value] ?? value }));
}

/** intake CaseStatus */
export const CASE_STATUS: Record<string, string> = {
  REFERRED: 'Vorgemerkt',
  DECLINED: 'Vom FM abgelehnt',
  ESCALATED: 'Bei der Teamleitung',
  NOT_ADMITTED: 'Nicht aufgenommen',
  ADMITTED: 'Aufgenommen',
  ACTIVE: 'In Betreuung',
  CLOSED: 'Abgeschlossen',
};

export const AGE_GROUP: Record<string, string> = { U25: 'U25', UE25: 'Ü25' };

/** intake ReferralRoute (docs/domain.md §3); RELOCATION is created by the system only. */
export const ROUTE: Record<string, string> = {
  AV: 'Vormerkung durch die Arbeitsvermittlung',
  NEW_CUSTOMER_CENTRE: 'Neukundenzentrum',
  FAMILY: 'Angehörige / Familie',
  NETWORK_PARTNER: 'Netzwerkpartner',
  LEGAL_GUARDIAN: 'Gesetzliche Betreuung',
  RELOCATION: 'Übernahme nach Umzug',
};

/** intake AccessReason: the access paths of the policy (docs/domain.md §4). */
export const ACCESS_REASON: Record<string, string> = {
  MIN_CRITERIA_MET: 'Mindestkriterien erfüllt',
  PROPHYLAXIS_NEW_CUSTOMER: 'Prophylaxe bei Neukundinnen und Neukunden',
  ENTRENCHMENT: 'Verfestigter Handlungsbedarf',
  DEEPER_BARRIERS_SUSPECTED: 'Tieferliegende Vermittlungshemmnisse vermutet',
  SOCIAL_INTEGRATION: 'Sozialintegrativer Ansatz',
  AGH_PARTICIPATION: 'Teilnahme an einer Arbeitsgelegenheit (§ 16d SGB II)',
};

/** intake DeclineReason: why the FM declined a referral. */
export const DECLINE_REASON: Record<string, string> = {
  CRITERIA_NOT_MET: 'Zugangskriterien nicht erfüllt',
  NO_PROGRESS_EXPECTED: 'Keine Integrationsfortschritte durch das Fallmanagement zu erwarten',
  CUSTOMER_NOT_WILLING: 'Keine Mitwirkungsbereitschaft der Kundin / des Kunden',
  EXCLUSION_APPLIES: 'Ein Ausschlussgrund liegt vor',
  OTHER_SUPPORT_MORE_SUITABLE: 'Andere Unterstützung ist vorrangig oder besser geeignet',
  OTHER: 'Sonstiges',
};

/** intake ExclusionCriterion (TAH 4.2, docs/domain.md §4.3). */
export const EXCLUSION: Record<string, string> = {
  MEDICAL_REPORT_PENDING: 'Ärztliches oder psychologisches Gutachten beauftragt und noch nicht eröffnet',
  PENSION_APPLICATION_PENDING: 'Antrag auf Alters- oder Erwerbsminderungsrente in Bearbeitung (auch Widerspruch)',
  REHABILITATION: 'Rehabilitation nach § 19 SGB III wird geprüft oder liegt vor',
  PRIMARY_GOAL_TRAINING_OR_STUDY: 'Kund:in möchte vorrangig eine Ausbildung oder ein Studium aufnehmen',
};

/** intake SupportVariant of an admission. */
export const SUPPORT_VARIANT: Record<string, string> = {
  FULL_HANDOVER: 'Vollständige Übergabe (Regel)',
  ACCOMPANYING: 'Begleitende Betreuung (Ausnahme)',
};

/** KeyGroup (Schlüsselgruppen, docs/domain.md §5.1), in the order of the assessment. */
export const KEY_GROUP: Record<string, string> = {
  PROFESSIONAL_COMPETENCE: 'Berufliche Kompetenz',
  MOTIVATION: 'Motivation / Leistungsbereitschaft',
  SOCIAL_COMPETENCE: 'Soziale Kompetenzen',
  PERFORMANCE_CAPACITY: 'Leistungsfähigkeit',
  LIVING_CONDITIONS: 'Rahmenbedingungen',
};
export const KEY_GROUPS = Object.keys(KEY_GROUP);

/** assessment NeedStatus */
export const NEED_STATUS: Record<string, string> = {
  IDENTIFIED: 'erkannt',
  IN_PROGRESS: 'in Bearbeitung',
  WORKED_WITHOUT_SUCCESS: 'erfolglos bearbeitet',
  RESOLVED: 'erfolgreich erledigt',
};

/** The BA's profiles (Profillagen), in their order. */
export const BA_PROFILE: Record<string, string> = {
  MARKET: 'Marktprofil',
  ACTIVATION: 'Aktivierungsprofil',
  PROMOTION: 'Förderprofil',
  DEVELOPMENT: 'Entwicklungsprofil (komplex)',
  STABILISATION: 'Stabilisierungsprofil (komplex)',
  SUPPORT: 'Unterstützungsprofil (komplex)',
};

/** The customer categories of UCKERMARK. */
export const UCKERMARK_CATEGORY: Record<string, string> = {
  A: 'A – arbeitsmarktnah, direkte Integration',
  B: 'B – integrationsnah',
  C: 'C – integrationsnah',
  D: 'D – komplexe Profillage',
  E: 'E – komplexe Profillage',
  S: 'S – Selbständige / Existenzgründung',
  X: 'X – Integration längerfristig nicht möglich / Bedarfslage ungeklärt',
  Y: 'Y – vorübergehend verhindert (z. B. Elternzeit)',
  Z: 'Z – Integration längerfristig nicht möglich',
};

/** planning ContactFormat */
export const CONTACT_FORMAT: Record<string, string> = {
  IN_PERSON: 'Persönliches Beratungsgespräch',
  PHONE: 'Telefonat',
  VIDEO: 'Videoberatung',
  VISIT: 'Besuchende Beratung',
  WALK_AND_TALK: 'Walk-and-Talk-Beratung',
  CASE_CONFERENCE: 'Fallkonferenz',
  NETWORK: 'Netzwerkkontakt',
};

/** planning's contact density status. */
export const DENSITY_STATUS: Record<string, string> = {
  COMPLIANT: 'Kontaktdichte erfüllt',
  NOT_COMPLIANT: 'Kontaktdichte nicht erfüllt',
  NOT_APPLICABLE: 'Keine Regel zur Kontaktdichte',
};

/** planning AgreementType (NONE: the exception without an agreement). */
export const AGREEMENT_TYPE: Record<string, string> = {
  EINV: 'Eingliederungsvereinbarung (alte Fassung)',
  KOOPERATIONSPLAN: 'Kooperationsplan',
  NONE: 'Keine Vereinbarung (Ausnahme)',
};

/** planning's prognosis in a continuation review. */
export const PROGNOSIS: Record<string, string> = {
  GOOD: 'gut',
  MODERATE: 'mittel',
  LOW: 'gering',
};

/** network PartnerService */
export const PARTNER_SERVICE: Record<string, string> = {
  CHILDCARE_OR_HOME_CARE: 'Kinderbetreuung / häusliche Pflege von Angehörigen (§ 16a Nr. 1)',
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

/** network ReferralStatus of a partner referral. */
export const REFERRAL_STATUS: Record<string, string> = {
  REQUESTED: 'angefragt',
  ACCEPTED: 'angenommen',
  REJECTED: 'abgelehnt',
  STARTED: 'begonnen',
  COMPLETED: 'abgeschlossen',
  ABORTED: 'abgebrochen',
  REVOKED: 'zurückgezogen',
  ENDED_BY_CLOSURE: 'durch Fallabschluss beendet',
};

/** Badge tones of a partner referral's status (the FM's case file and the partner portal). */
export const REFERRAL_STATUS_TONE: Record<string, 'ok' | 'neutral' | 'danger' | 'warn' | 'info'> = {
  REQUESTED: 'info',
  ACCEPTED: 'info',
  REJECTED: 'danger',
  STARTED: 'info',
  COMPLETED: 'ok',
  ABORTED: 'warn',
  REVOKED: 'neutral',
  ENDED_BY_CLOSURE: 'neutral',
};

/** network consent Scope: what a consent releases to one partner (the FM's consent screens, the partner portal). */
export const CONSENT_SCOPE: Record<string, string> = {
  APPOINTMENT_ATTENDANCE: 'Termin vereinbart und wahrgenommen / nicht wahrgenommen',
  PARTICIPATION_DATES: 'Beginn und Ende der Teilnahme',
  COMPLETION_OR_ABORT: 'Abschluss oder Abbruch (codierter Grund)',
  NEXT_STEP_RECOMMENDATION: 'Empfehlung für nächste Schritte (codiert)',
  CONTACT_DETAILS: 'Name und Erreichbarkeit der Kundin / des Kunden',
};

/** network Referral.REJECTION_REASONS: why a partner declines a referral. */
export const REJECTION_REASON: Record<string, string> = {
  NO_CAPACITY: 'keine Kapazität',
  NOT_RESPONSIBLE: 'nicht zuständig',
  SERVICE_NOT_SUITABLE: 'Angebot passt nicht',
  CUSTOMER_NOT_REACHED: 'Kundin / Kunde nicht erreicht',
};

/** network Referral.ABORT_REASONS: why a participation ended early. */
export const ABORT_REASON: Record<string, string> = {
  CUSTOMER_ENDED: 'von der Kundin / dem Kunden beendet',
  NO_SHOW_REPEATED: 'wiederholt nicht erschienen',
  MOVED_AWAY: 'verzogen',
  HEALTH_REASONS: 'gesundheitliche Gründe',
  REFERRED_ELSEWHERE: 'an andere Stelle verwiesen',
  OTHER_CODED: 'sonstiger Grund',
};

/** Either kind of reason, for showing one a partner reported. */
export const REFERRAL_REASON: Record<string, string> = { ...REJECTION_REASON, ...ABORT_REASON };

/** network Referral.NEXT_STEPS: the partner's coded recommendation. */
export const NEXT_STEP: Record<string, string> = {
  CONTINUE_COUNSELLING: 'Beratung fortsetzen',
  FURTHER_SERVICE_ADVISED: 'weitere Hilfe empfohlen',
  READY_FOR_ACTIVATION: 'bereit für Aktivierung',
  NO_FURTHER_NEED: 'kein weiterer Bedarf',
};
