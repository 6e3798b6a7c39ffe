// German labels for assessment codes; the catalogue names key groups and needs itself.
import type { Scheme } from './types';

export { label } from '../../home/labels';

export const NEED_STATUS: Record<string, string> = {
  IDENTIFIED: 'erkannt',
  IN_PROGRESS: 'in Bearbeitung',
  WORKED_WITHOUT_SUCCESS: 'erfolglos bearbeitet',
  RESOLVED: 'erfolgreich erledigt',
};

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

export const BA_PROFILE: Record<string, string> = {
  MARKET: 'Marktprofil',
  ACTIVATION: 'Aktivierungsprofil',
  PROMOTION: 'Förderprofil',
  DEVELOPMENT: 'Entwicklungsprofil (komplex)',
  STABILISATION: 'Stabilisierungsprofil (komplex)',
  SUPPORT: 'Unterstützungsprofil (komplex)',
};

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

export function profiles(scheme: Scheme): Record<string, string> {
  return scheme === 'UCKERMARK_CATEGORIES' ? UCKERMARK_CATEGORY : BA_PROFILE;
}

/** "Profil" (BA) or "Kategorie" (UCKERMARK): the word the scheme uses. */
export function profileWord(scheme: Scheme): string {
  return scheme === 'UCKERMARK_CATEGORIES' ? 'Kategorie' : 'Profil';
}

export const DIRECTION: Record<string, string> = {
  UP: 'aufwärts (arbeitsmarktnäher)',
  DOWN: 'abwärts (arbeitsmarktferner)',
  LATERAL: 'unverändert / seitwärts',
};

/** Resubmission (Wiedervorlage) only for these categories (UCKERMARK 4.1.1). */
export const RESUBMISSION_CATEGORIES = ['X', 'Y', 'Z'];
