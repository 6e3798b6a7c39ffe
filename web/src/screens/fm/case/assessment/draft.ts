// The "Neues Profiling" form state: pre-filled from the latest version, turned into the request
// body of POST /api/cases/{id}/assessments.
import { today } from '../../../../ui/format';
import type { AssessmentVersion, Catalogue, Occupation } from './types';

export interface NeedDraft {
  uid: string;
  /** set for needs carried on from the previous version: their code stays, they cannot disappear */
  needId?: string;
  keyGroup: string;
  code: string;
  description: string;
  status: string;
  priority: string;
  entrenched: boolean;
  linkedToTargetOccupation: boolean;
  linkReason: string;
}

export interface StrengthDraft {
  uid: string;
  kind: string;
  description: string;
}

export interface Draft {
  assessedOn: string;
  validUntil: string;
  targetTitle: string;
  targetKldb: string;
  alternatives: string;
  needs: NeedDraft[];
  strengths: StrengthDraft[];
  prognosisHorizonMonths: string;
  profileCode: string;
  categoryChangeReason: string;
  categoryChangeNote: string;
  resubmissionOn: string;
  obstructionEndsOn: string;
  coRating: Record<string, { customer: string; caseManager: string }>;
}

let counter = 0;
export function uid(): string {
  counter += 1;
  return `row-${counter}`;
}

export function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00`);
  d.setMonth(d.getMonth() + months);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function newNeed(keyGroup = ''): NeedDraft {
  return {
    uid: uid(),
    keyGroup,
    code: '',
    description: '',
    status: 'IDENTIFIED',
    priority: 'MEDIUM',
    entrenched: false,
    linkedToTargetOccupation: true,
    linkReason: '',
  };
}

export function draftFrom(latest: AssessmentVersion | null): Draft {
  const ratings: Draft['coRating'] = {};
  for (const [dimension, r] of Object.entries(latest?.coRating ?? {})) {
    ratings[dimension] = { customer: String(r.customer), caseManager: String(r.caseManager) };
  }
  return {
    assessedOn: today(),
    validUntil: addMonths(today(), 6),
    targetTitle: latest?.targetOccupation?.title ?? '',
    targetKldb: latest?.targetOccupation?.kldbCode ?? '',
    alternatives: (latest?.alternativeOccupations ?? []).map((o) => o.title).join('; '),
    needs: (latest?.needs ?? []).map((n) => ({
      uid: uid(),
      needId: n.needId,
      keyGroup: n.keyGroup,
      code: n.code,
      description: n.description ?? '',
      status: n.status,
      priority: n.priority,
      entrenched: n.entrenched,
      linkedToTargetOccupation: n.linkedToTargetOccupation,
      linkReason: n.linkReason ?? '',
    })),
    strengths: (latest?.strengths ?? []).map((s) => ({ uid: uid(), kind: s.kind, description: s.description })),
    prognosisHorizonMonths: latest?.prognosisHorizonMonths === undefined ? '' : String(latest.prognosisHorizonMonths),
    profileCode: latest?.profileCode ?? '',
    categoryChangeReason: '',
    categoryChangeNote: '',
    resubmissionOn: '',
    obstructionEndsOn: latest?.obstructionEndsOn ?? '',
    coRating: ratings,
  };
}

const blankToNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function toRequest(draft: Draft, latest: AssessmentVersion | null, resubmissionAllowed: boolean) {
  const previousAlternatives = new Map((latest?.alternativeOccupations ?? []).map((o) => [o.title, o]));
  const alternatives: Occupation[] = draft.alternatives
    .split(';')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((title) => previousAlternatives.get(title) ?? { title });
  const coRating: Record<string, { customer: number; caseManager: number }> = {};
  for (const [dimension, r] of Object.entries(draft.coRating)) {
    if (r.customer && r.caseManager)
      coRating[dimension] = { customer: Number(r.customer), caseManager: Number(r.caseManager) };
  }
  const profileChanged = !!latest && latest.profileCode !== draft.profileCode;
  return {
    assessedOn: blankToNull(draft.assessedOn),
    validUntil: blankToNull(draft.validUntil),
    targetOccupation: draft.targetTitle.trim()
      ? { title: draft.targetTitle.trim(), kldbCode: blankToNull(draft.targetKldb) }
      : null,
    alternativeOccupations: alternatives,
    needs: draft.needs.map((n) => ({
      needId: n.needId ?? null,
      code: n.code || null,
      description: blankToNull(n.description),
      status: n.status || null,
      priority: n.priority || null,
      entrenched: n.entrenched,
      linkedToTargetOccupation: n.linkedToTargetOccupation,
      linkReason: n.linkedToTargetOccupation ? null : blankToNull(n.linkReason),
    })),
    strengths: draft.strengths.map((s) => ({ kind: s.kind || null, description: s.description })),
    prognosisHorizonMonths: draft.prognosisHorizonMonths.trim() === '' ? null : Number(draft.prognosisHorizonMonths),
    profileCode: draft.profileCode,
    categoryChangeReason: profileChanged ? blankToNull(draft.categoryChangeReason) : null,
    categoryChangeNote: profileChanged ? blankToNull(draft.categoryChangeNote) : null,
    resubmissionOn: resubmissionAllowed ? blankToNull(draft.resubmissionOn) : null,
    obstructionEndsOn: draft.profileCode === 'Y' ? blankToNull(draft.obstructionEndsOn) : null,
    householdCaseIds: latest?.householdCaseIds ?? [],
    coRating,
  };
}

/**
 * The service names list fields two ways: bean validation as "needs.code[0]", domain rules as
 * "needs[0].code". Both become "needs[0].code" so the error lands in its row.
 */
export function normalizeErrors(errors: Record<string, string[]>): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(errors)) {
    let key = field.replace(/^(needs|strengths|alternativeOccupations)\.([A-Za-z]+)\[(\d+)\]$/, '$1[$3].$2');
    if (key === 'targetOccupation.title') key = 'targetOccupation';
    (result[key] ??= []).push(...messages);
  }
  return result;
}

/** Every field name the form shows, in both spellings, so FormErrors lists only the rest. */
export function shownFields(draft: Draft): string[] {
  const fields = [
    'assessedOn',
    'validUntil',
    'targetOccupation',
    'targetOccupation.title',
    'targetOccupation.kldbCode',
    'alternativeOccupations',
    'prognosisHorizonMonths',
    'profileCode',
    'categoryChangeReason',
    'categoryChangeNote',
    'resubmissionOn',
    'obstructionEndsOn',
    'needs',
  ];
  draft.needs.forEach((_, i) => {
    fields.push(`needs[${i}]`);
    for (const f of [
      'needId',
      'code',
      'description',
      'status',
      'priority',
      'entrenched',
      'linkedToTargetOccupation',
      'linkReason',
    ]) {
      fields.push(`needs[${i}].${f}`, `needs.${f}[${i}]`);
    }
  });
  draft.strengths.forEach((_, i) => {
    for (const f of ['kind', 'description']) fields.push(`strengths[${i}].${f}`, `strengths.${f}[${i}]`);
  });
  return fields;
}

export function needOptions(catalogue: Catalogue, keyGroup: string) {
  const group = catalogue.keyGroups.find((g) => g.code === keyGroup);
  return (group?.needs ?? []).map((n) => ({
    value: n.code,
    label: n.healthRelated ? `${n.label} (gesundheitsbezogen, geschützt)` : n.label,
  }));
}
