import { EXCLUSION, KEY_GROUP } from '../../domain/labels';
import type { ClosureReason, Deadline, PolicySettings } from '../../domain/policy';
import { COUNTED_FORMAT, DAY_UNIT, EXTENSION, PROFILE_SCHEME, profileLabel } from './policyTypes';

/** One setting in German: the group it belongs to, its label and its value as text. */
export interface SettingRow {
  group: string;
  key: string;
  label: string;
  value: string;
}

export const GROUPS = [
  'Zugang ins Fallmanagement',
  'Ausschlussgründe',
  'Fristen',
  'Arbeitsmarktnahes und arbeitsmarktfernes Fallmanagement',
  'Klärungsphase',
  'Fortführung und Höchstdauer',
  'Kontaktdichte',
  'Betreuungsschlüssel',
  'Vereinbarung',
  'Profilschema',
  'Abgangsgründe',
] as const;

const yes = (b: boolean) => (b ? 'ja' : 'nein');
const months = (n?: number | null, none = 'keine Vorgabe') => (n ? `${n} ${n === 1 ? 'Monat' : 'Monate'}` : none);
const list = (codes: string[], labels: (c: string) => string, none: string) =>
  codes.length ? [...codes].sort().map(labels).join(', ') : none;
const of = (map: Record<string, string>) => (c: string) => map[c] ?? c;
const DAY_UNIT_DATIVE: Record<string, string> = { CALENDAR_DAYS: 'Kalendertagen', WORKING_DAYS: 'Arbeitstagen' };
/** "10 Arbeitstagen", as after "binnen". */
const within = (d: Deadline) => `${d.amount} ${DAY_UNIT_DATIVE[d.unit] ?? DAY_UNIT[d.unit] ?? d.unit}`;

/** What the Einstiegsberatung's deadline counts from, in words. */
export function firstConsultationText(d?: Deadline | null): string {
  if (!d) return 'keine feste Frist („zeitnah“)';
  return `${within(d)} nach ${
    d.countsFrom === 'APPLICATION' ? 'der Antragstellung (vollständiger Leistungsantrag)' : 'der Aufnahme'
  }`;
}

export function closureFlags(r: ClosureReason): string {
  const flags = [
    r.integration && 'Integration (Nachbetreuung möglich)',
    r.handoverToAv && 'warme Übergabe an die AV',
    r.requiresMaxDurationReached && 'nur nach Erreichen der Höchstdauer',
    r.requiresClarificationPhaseEnded && 'nur nach der Klärungsphase',
  ].filter(Boolean);
  return flags.length ? flags.join(', ') : 'Kund:in verlässt das Jobcenter';
}

/** Every setting of a policy as labelled rows, in a fixed order (the view and the comparison use them). */
export function describe(s: PolicySettings): SettingRow[] {
  const rows: SettingRow[] = [];
  const add = (group: (typeof GROUPS)[number], key: string, label: string, value: string) =>
    rows.push({ group, key, label, value });
  const a = s.access;
  const z = 'Zugang ins Fallmanagement' as const;
  add(z, 'access.everyCustomer', 'Jede Kundin und jeder Kunde erhält ein Fallmanagement', yes(!!a.everyCustomer));
  add(
    z,
    'access.minNeeds',
    'Mindestzahl an Handlungsbedarfen',
    a.minNeeds
      ? String(a.minNeeds)
      : a.everyCustomer
        ? 'keine (kein Zugangskriterium)'
        : 'keine (Zugang über Profillage/Kategorie)',
  );
  add(z, 'access.countedKeyGroups', 'Gezählt in den Schlüsselgruppen', list(a.countedKeyGroups, of(KEY_GROUP), '–'));
  add(
    z,
    'access.complexProfiles',
    'Komplexe Profillagen/Kategorien als Zugangskriterium',
    list(a.complexProfiles, profileLabel, 'keine (Profillage ist kein Kriterium)'),
  );
  add(
    z,
    'access.integrationNotExpectedWithinMonths',
    'Integration nicht zu erwarten innerhalb von',
    months(a.integrationNotExpectedWithinMonths),
  );
  add(
    z,
    'access.progressExpectedRequired',
    'Einschätzung „FM führt zu konkreten Integrationsfortschritten“ erforderlich',
    yes(a.progressExpectedRequired),
  );
  add(
    z,
    'access.prophylaxisNewCustomerDays',
    'Prophylaxe für Neukund:innen',
    a.prophylaxisNewCustomerDays ? `bis ${a.prophylaxisNewCustomerDays} Tage nach Zugang` : 'nicht vorgesehen',
  );
  add(
    z,
    'access.entrenchmentVariant',
    'Variante: weniger Handlungsbedarfe, mindestens einer verfestigt',
    yes(a.entrenchmentVariant),
  );
  add(z, 'access.deeperBarriersVariant', 'Variante: tieferliegende Hemmnisse vermutet', yes(a.deeperBarriersVariant));
  add(z, 'access.socialIntegrationVariant', 'Variante: sozialintegrativer Ansatz', yes(a.socialIntegrationVariant));
  add(
    z,
    'access.aghParticipantsAdmitted',
    'Teilnehmende an Arbeitsgelegenheiten werden aufgenommen',
    yes(a.aghParticipantsAdmitted),
  );
  add(
    'Ausschlussgründe',
    'exclusions',
    'Sperren eine Vormerkung',
    list(s.exclusions, of(EXCLUSION), 'keine (werden erfasst, sperren aber nicht)'),
  );
  const f = 'Fristen' as const;
  add(
    f,
    'nonReferralRecheckMonths',
    'Wiedervorlage nach Nichtvormerkung spätestens nach',
    months(s.nonReferralRecheckMonths),
  );
  add(
    f,
    'secondaryAssignmentDays',
    'Zuordnung einer Fachkraft (Nebenbetreuung) binnen',
    s.secondaryAssignmentDays ? `${s.secondaryAssignmentDays} Tagen` : 'keine Frist – die Aufnahme ordnet direkt zu',
  );
  const d = s.firstConsultationDeadline;
  add(f, 'firstConsultationDeadline', 'Einstiegsberatung binnen', firstConsultationText(d));
  add(
    f,
    'jointCaseDiscussionRequired',
    'Gemeinsame Fallerörterung von AV und FM vor der Aufnahme',
    yes(s.jointCaseDiscussionRequired),
  );
  add(
    f,
    'deputyNeedsCustomerAgreement',
    'Vertretung bearbeitet FM-Inhalte nur mit Einverständnis der Kund:in',
    yes(s.deputyNeedsCustomerAgreement),
  );
  const ro = s.routing;
  const m = 'Arbeitsmarktnahes und arbeitsmarktfernes Fallmanagement' as const;
  if (!ro)
    add(
      m,
      'routing',
      'Zuständigkeit nach Kategorie',
      'keine Unterscheidung – der Fall bleibt beim Team, an das er vorgemerkt wurde',
    );
  else {
    add(
      m,
      'routing.marketNearCategories',
      'Zum arbeitsmarktnahen Fallmanagement (ab 25 Jahren, nach der Einstiegsberatung)',
      list(ro.marketNearCategories, profileLabel, 'keine Kategorie'),
    );
    add(
      m,
      'routing.others',
      'Alle anderen Kundinnen und Kunden',
      'arbeitsmarktfernes Fallmanagement; unter 25 Jahren ausschließlich das Fallmanagement U25',
    );
    add(
      m,
      'routing.firstTalkAfterBenefitDecision',
      'Erstgespräch nach der Bewilligung der Leistungen binnen',
      within(ro.firstTalkAfterBenefitDecision),
    );
    add(
      m,
      'routing.marketNearInvitation',
      'Schriftliche Einladung nach der Übergabe an das arbeitsmarktnahe Fallmanagement binnen',
      within(ro.marketNearInvitation),
    );
    add(m, 'routing.marketNearFirstTalk', 'Erstes Gespräch nach der Übergabe binnen', within(ro.marketNearFirstTalk));
    add(
      m,
      'routing.marketNearReviewMonths',
      'Einzelfallprüfung der arbeitsmarktnahen Betreuung nach',
      `${ro.marketNearReviewMonths} ${ro.marketNearReviewMonths === 1 ? 'Monat' : 'Monaten'}, danach erneut; keine automatische Beendigung – die Rückgabe an das arbeitsmarktferne Fallmanagement ist zu begründen`,
    );
  }
  add(
    'Klärungsphase',
    'clarificationPhaseMonths',
    'Klärungsphase nach Beginn der Hauptbetreuung',
    months(s.clarificationPhaseMonths, 'keine'),
  );
  const h = 'Fortführung und Höchstdauer' as const;
  add(h, 'continuationReviewMonths', 'Fortführungsprüfung alle', months(s.continuationReviewMonths));
  add(h, 'maxDurationMonths', 'Höchstdauer im Fallmanagement', months(s.maxDurationMonths, 'keine'));
  add(
    h,
    'maxDurationExtension',
    'Verlängerung über die Höchstdauer',
    EXTENSION[s.maxDurationExtension] ?? s.maxDurationExtension,
  );
  add(
    h,
    'aghContinuesBeyondMaxDuration',
    'Laufende Arbeitsgelegenheit setzt das FM über die Höchstdauer fort',
    yes(s.aghContinuesBeyondMaxDuration),
  );
  add(
    h,
    'afterCareMaxMonths',
    'Nachbetreuung nach Integration höchstens',
    months(s.afterCareMaxMonths, 'nicht vorgesehen'),
  );
  add(
    h,
    'u25TransferAfterRunningMeasures',
    'Übergang U25 → Ü25 erst nach laufenden Maßnahmen',
    yes(s.u25TransferAfterRunningMeasures),
  );
  const c = s.contactRule;
  const k = 'Kontaktdichte' as const;
  if (!c) add(k, 'contactRule', 'Kontaktregel', 'keine Vorgabe');
  else {
    add(
      k,
      'contactRule.minPerYear',
      'Mindestens gezählte Kontakte im Jahr',
      c.minPerYear ? String(c.minPerYear) : 'keine Vorgabe',
    );
    add(k, 'contactRule.maxGapMonths', 'Höchstens zwischen zwei Kontakten', months(c.maxGapMonths));
    const byCat = Object.entries(c.maxGapMonthsByCategory).sort(([x], [y]) => x.localeCompare(y));
    add(
      k,
      'contactRule.maxGapMonthsByCategory',
      'Abweichend je Profillage/Kategorie',
      byCat.length ? byCat.map(([cat, m]) => `${profileLabel(cat)}: ${months(m)}`).join('; ') : '–',
    );
    add(k, 'contactRule.countedFormats', 'Zählende Kontaktformate', list(c.countedFormats, of(COUNTED_FORMAT), '–'));
    add(
      k,
      'contactRule.exemptCategories',
      'Ohne Kontaktregel (es gilt der Wiedervorlagetermin)',
      list(c.exemptCategories ?? [], profileLabel, 'keine – die Regel gilt für alle'),
    );
  }
  const r = s.caseloadRatio;
  const b = 'Betreuungsschlüssel' as const;
  if (!r) add(b, 'caseloadRatio', 'Betreuungsschlüssel', 'keiner');
  else {
    add(
      b,
      'caseloadRatio.maxUe25',
      'Ü25: höchstens Kund:innen je Vollzeit-Fachkraft',
      r.maxUe25 ? `1:${r.maxUe25}` : 'ohne Grenze',
    );
    add(
      b,
      'caseloadRatio.maxU25',
      'U25: höchstens Kund:innen je Vollzeit-Fachkraft',
      r.maxU25 ? `1:${r.maxU25}` : 'ohne Grenze',
    );
    add(b, 'caseloadRatio.targetMin', 'Untergrenze (nicht unter)', r.targetMin ? `1:${r.targetMin}` : 'keine');
    add(
      b,
      'caseloadRatio.includesLeadsAndAssistants',
      'Leitungen und Assistenzen eingerechnet',
      yes(r.includesLeadsAndAssistants),
    );
  }
  add(
    'Vereinbarung',
    'agreementMaxValidityMonths',
    'Gültigkeit höchstens',
    months(s.agreementMaxValidityMonths, 'keine Begrenzung'),
  );
  add('Profilschema', 'profileScheme', 'Schema', PROFILE_SCHEME[s.profileScheme]?.label ?? s.profileScheme);
  for (const reason of s.closureReasons) {
    add('Abgangsgründe', `closureReasons.${reason.code}`, reason.label, closureFlags(reason));
  }
  return rows;
}

/** The rows of two versions side by side, by setting; a missing row shows as "–". */
export function compare(
  before: PolicySettings,
  after: PolicySettings,
): { key: string; group: string; label: string; before: string; after: string; changed: boolean }[] {
  const a = describe(before);
  const b = describe(after);
  const keys = [...new Set([...a.map((r) => r.key), ...b.map((r) => r.key)])];
  return keys
    .map((key) => {
      const x = a.find((r) => r.key === key);
      const y = b.find((r) => r.key === key);
      const before = x?.value ?? '–';
      const after = y?.value ?? '–';
      return {
        key,
        group: (y ?? x)!.group,
        label: (y ?? x)!.label,
        before,
        after,
        changed: before !== after || (!!x && !!y && x.label !== y.label),
      };
    })
    .sort(
      (p, q) => GROUPS.indexOf(p.group as (typeof GROUPS)[number]) - GROUPS.indexOf(q.group as (typeof GROUPS)[number]),
    );
}
