// German labels for the assessment codes only the profiling tab shows (shared ones: domain/labels);
// the catalogue names key groups and needs itself.
import { BA_PROFILE, UCKERMARK_CATEGORY } from '../../../../domain/labels';
import type { ProfileScheme } from '../../../../domain/policy';

export const PRIORITY: Record<string, string> = {
  HIGH: 'hoch',
  MEDIUM: 'mittel',
  LOW: 'niedrig',
};

export const STRENGTH_KIND: Record<string, string> = {
  PROFESSIONAL: 'Berufserfahrung, Fachkenntnisse',
  QUALIFICATION: 'Abschlüsse, Zertifikate',
  LANGUAGE: 'Sprachen',
  PERSONAL: 'Persönliche Stärken',
  SOCIAL_NETWORK: 'Soziales Netz, Unterstützung im Umfeld',
  INTERESTS: 'Interessen, Engagement',
  OTHER: 'Sonstiges',
};

export const CHANGE_REASON: Record<string, string> = {
  INTEGRATION_PROGRESS: 'Handlungsbedarfe abgebaut, Integrationsfortschritt',
  NEW_OR_ENTRENCHED_BARRIERS: 'Neue oder verfestigte Hemmnisse',
  OBSTRUCTION_STARTED: 'Entgegenstehendes Ereignis beginnt (z. B. Elternzeit)',
  OBSTRUCTION_ENDED: 'Entgegenstehendes Ereignis endet (Reaktivierung)',
  SELF_EMPLOYMENT: 'Aufnahme oder Ende einer geförderten Selbständigkeit',
  REASSESSMENT: 'Neue Erkenntnisse im Assessment',
};

export function profiles(scheme: ProfileScheme): Record<string, string> {
  return scheme === 'UCKERMARK_CATEGORIES' ? UCKERMARK_CATEGORY : BA_PROFILE;
}

/** "Profil" (BA) or "Kategorie" (UCKERMARK): the word the scheme uses. */
export function profileWord(scheme: ProfileScheme): string {
  return scheme === 'UCKERMARK_CATEGORIES' ? 'Kategorie' : 'Profil';
}

export const DIRECTION: Record<string, string> = {
  UP: 'aufwärts (arbeitsmarktnäher)',
  DOWN: 'abwärts (arbeitsmarktferner)',
  LATERAL: 'unverändert / seitwärts',
};

/** Resubmission (Wiedervorlage) only for these categories (UCKERMARK 4.1.1). */
export const RESUBMISSION_CATEGORIES = ['X', 'Y', 'Z'];
