// planning-service's contact, density and note shapes (ContactController.java, NoteController.java).
import type { components } from '../../../../api/generated/planning';

type Schemas = components['schemas'];

export type ContactView = Schemas['KontaktAnsicht'];

export type DensityView = Schemas['Kontaktdichte'];

export type NoteView = Schemas['VermerkAnsicht'];

export const VISIBILITY_LABEL: Record<string, string> = {
  GENERAL: 'Beratungsvermerk',
  LOCATION_ASSESSMENT: 'Vermerk zur Standortbestimmung',
  FM_INDIVIDUAL: 'Vermerk FM (individuell)',
};

/** Who can read a note of each class (TAH 5, 4.9). */
export const VISIBILITY_HINT: Record<string, string> = {
  GENERAL: 'Lesen können alle Fachkräfte des Teams, das den Fall betreut, die Vertretung und die Teamleitung.',
  LOCATION_ASSESSMENT:
    'Lesen können alle Fachkräfte des Teams, das den Fall betreut, die Vertretung und die Teamleitung.',
  FM_INDIVIDUAL:
    'Lesen können nur die zuständige Fachkraft, die Teamleitung und die Vertretung – die Vertretung nur, wenn das Einverständnis der Kundin / des Kunden dokumentiert ist (wo die Richtlinie es verlangt).',
};

/** Badge tones of the density status (labels: domain/labels DENSITY_STATUS). */
export const DENSITY_TONE: Record<string, 'ok' | 'danger' | 'neutral'> = {
  COMPLIANT: 'ok',
  NOT_COMPLIANT: 'danger',
  NOT_APPLICABLE: 'neutral',
};

/** Whether a contact of this format counts under the policy's rule (a phone call only with a qualified note). */
export function countingHint(format: string, counted: string[] | undefined, qualifiedNote: boolean): string {
  if (!format) return '';
  if (!counted) return 'Ihre Richtlinie kennt keine Regel zur Kontaktdichte.';
  if (!counted.includes(format)) return 'Zählt nach Ihrer Richtlinie nicht für die Kontaktdichte.';
  if (format === 'PHONE') {
    return qualifiedNote
      ? 'Zählt für die Kontaktdichte (mit qualifiziertem Vermerk).'
      : 'Ein Telefonat zählt nur mit qualifiziertem Beratungsvermerk.';
  }
  return 'Zählt für die Kontaktdichte.';
}
