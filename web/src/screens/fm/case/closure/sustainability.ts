// planning-service's sustainability check shapes (SustainabilityCheckController, docs/planning.md, docs/domain.md §16.2).

export type Checkpoint = 'MONTHS_6' | 'MONTHS_12';
export type Source = 'BENEFIT_RECORDS' | 'EMPLOYER_CONFIRMATION' | 'CUSTOMER_NOTICE' | 'AFTER_CARE_CONTACT';

export interface SustainabilityCheckView {
  id: string;
  checkpoint: Checkpoint;
  checkedOn: string;
  employmentLasted: boolean;
  atLeast15Hours?: boolean | null;
  sustained: boolean;
  source: Source;
  note?: string | null;
  recordedBy: string;
  recordedAt: string;
}

export const CHECKPOINTS: { value: Checkpoint; label: string; months: number }[] = [
  { value: 'MONTHS_6', label: 'nach 6 Monaten', months: 6 },
  { value: 'MONTHS_12', label: 'nach 12 Monaten', months: 12 },
];

export const SOURCE_LABELS: Record<Source, string> = {
  BENEFIT_RECORDS: 'Leistungsakte',
  EMPLOYER_CONFIRMATION: 'Bestätigung des Arbeitgebers',
  CUSTOMER_NOTICE: 'Die Kundin / der Kunde hat sich gemeldet',
  AFTER_CARE_CONTACT: 'Kontakt in der Nachbetreuung',
};

/**
 * The first day a check is due: the closure plus whole calendar months, the month's last day where the day does
 * not exist (31 August + 6 months = 28 February) — as the service counts (Java's plusMonths).
 */
export function dueOn(closedOn: string, months: number): string {
  const [y, m, d] = closedOn.split('-').map(Number);
  const total = m - 1 + months;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The points in time not yet checked, in order. */
export function openCheckpoints(checks: SustainabilityCheckView[]): Checkpoint[] {
  return CHECKPOINTS.map((c) => c.value).filter((c) => !checks.some((check) => check.checkpoint === c));
}

/** "ja"/"nein"/"" of the form as the request's value: the hours only where the employment lasted. */
export function checkBody(form: {
  checkpoint: string;
  checkedOn: string;
  lasted: string;
  hours: string;
  source: string;
  note: string;
}) {
  const lasted = form.lasted === '' ? null : form.lasted === 'ja';
  return {
    checkpoint: form.checkpoint || null,
    checkedOn: form.checkedOn || null,
    employmentLasted: lasted,
    atLeast15Hours: lasted && form.hours !== '' ? form.hours === 'ja' : null,
    source: form.source || null,
    note: form.note.trim() === '' ? null : form.note,
  };
}

/** How a check reads on screen, in plain words. */
export function outcomeText(check: SustainabilityCheckView): string {
  if (!check.employmentLasted) return 'Beschäftigung besteht nicht fort';
  return check.atLeast15Hours
    ? 'Beschäftigung besteht fort, mindestens 15 Stunden pro Woche – nachhaltige Integration'
    : 'Beschäftigung besteht fort, aber unter 15 Stunden pro Woche';
}
