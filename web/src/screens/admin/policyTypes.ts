// The admin screen's part of the policy: presets and German labels for the settings only the
// policy administration shows (the policy itself: domain/policy, shared labels: domain/labels).
import { BA_PROFILE, CONTACT_FORMAT } from '../../domain/labels';
import type { components } from '../../api/generated/intake';

/** intake Vorlage: a policy preset */
export type PresetView = components['schemas']['Vorlage'];

export const PRESET_LABEL: Record<string, string> = {
  BA2010: 'BA2010 – Mindeststandard der BA (Geschäftsweisung 01/2010)',
  PANKOW: 'PANKOW – Jobcenter Berlin Pankow',
  UCKERMARK: 'UCKERMARK – Jobcenter Uckermark',
  TAH: 'TAH – Jobcenter t.a.h.',
  CUSTOM: 'Angepasst',
};

export const PROFILE_SCHEME: Record<string, { label: string; codes: string[] }> = {
  BA_PROFILES: {
    label: 'Profillagen der BA',
    codes: ['MARKET', 'ACTIVATION', 'PROMOTION', 'DEVELOPMENT', 'STABILISATION', 'SUPPORT'],
  },
  UCKERMARK_CATEGORIES: {
    label: 'Kundenkategorien A–E, S, X, Y, Z (Uckermark)',
    codes: ['A', 'B', 'C', 'D', 'E', 'S', 'X', 'Y', 'Z'],
  },
};

export function profileLabel(code: string): string {
  return BA_PROFILE[code] ?? `Kategorie ${code}`;
}

/** The contact formats as the policy counts them: a call only with a qualified note. */
export const COUNTED_FORMAT: Record<string, string> = { ...CONTACT_FORMAT, PHONE: 'Telefonat mit Beratungsvermerk' };

export const EXTENSION: Record<string, string> = {
  NONE: 'Keine Verlängerung (nur Ausnahmen der Richtlinie)',
  DOCUMENTED_REASONS: 'Mit dokumentierten Gründen',
  TEAM_LEAD_APPROVAL: 'Nur mit Zustimmung der Teamleitung',
};

export const DAY_UNIT: Record<string, string> = { CALENDAR_DAYS: 'Kalendertage', WORKING_DAYS: 'Arbeitstage' };

/** What the Einstiegsberatung's deadline counts from (intake Deadline.CountsFrom). */
export const COUNTS_FROM: Record<string, string> = {
  ADMISSION: 'ab der Aufnahme ins Fallmanagement',
  APPLICATION: 'ab der Antragstellung (vollständiger Leistungsantrag)',
};
