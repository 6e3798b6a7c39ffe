// The next step of each case in the FM's work lists, in words. Derived only from what the lists return: intake's
// case line (status, next deadline, latest assessment) and planning's work lists of what is due today or overdue
// (agreements, continuation reviews, contacts) — one request per list, never one per case.
import { api } from '../../../api/client';
import type { CaseLine, Page } from '../../../api/types';
import { AGREEMENT_TYPE, label } from '../../../domain/labels';
import type { AgreementExpiring, ContactDue, ReviewDue } from './types';

/** What planning says is due on one case today (or overdue). */
export interface CaseFacts {
  /** the type of the agreement whose validity has ended */
  expiredAgreement?: string;
  /** the type of the agreement whose joint review (Fortschreibung) is due */
  agreementReviewDue?: string;
  /** the kind of continuation review due (REVIEW, CLOSURE_RECOMMENDED, MAX_DURATION_ENDS) */
  reviewDue?: string;
  contactOverdue?: boolean;
}

export interface NextStep {
  text: string;
  tone: 'danger' | 'warn' | 'info' | 'neutral';
}

/** planning's due lines per case; a case absent from every list has nothing due there. */
export function factsByCase(
  agreements: AgreementExpiring[],
  reviews: ReviewDue[],
  contacts: ContactDue[],
  today: string,
): Map<string, CaseFacts> {
  const facts = new Map<string, CaseFacts>();
  const of = (caseId: string) => {
    const f = facts.get(caseId) ?? {};
    facts.set(caseId, f);
    return f;
  };
  for (const a of agreements) {
    if (a.expired) of(a.caseId).expiredAgreement = a.type;
    else if (a.reason === 'REVIEW' && a.dueOn <= today) of(a.caseId).agreementReviewDue = a.type;
  }
  for (const r of reviews) {
    if (r.dueOn <= today) of(r.caseId).reviewDue ??= r.kind;
  }
  for (const c of contacts) {
    if (c.overdue) of(c.caseId).contactOverdue = true;
  }
  return facts;
}

const REVIEW_STEP: Record<string, string> = {
  REVIEW: 'Fortführungsprüfung fällig',
  CLOSURE_RECOMMENDED: 'Beendigung prüfen',
  MAX_DURATION_ENDS: 'Höchstdauer endet: Verlängerung oder Abschluss',
};

/** The agreement's name in a step: "Kooperationsplan", or the old form by its name. */
function agreementName(type: string): string {
  return type === 'EINV' ? 'Eingliederungsvereinbarung' : label(AGREEMENT_TYPE, type);
}

/**
 * The one next step of a case line, most urgent first. `facts` undefined: planning's lists did not answer, so only
 * what the line itself says is named; an active case with nothing known due then has no step rather than a guess.
 */
export function nextStep(line: CaseLine, facts: Map<string, CaseFacts> | undefined, today: string): NextStep | null {
  const overdue = !!line.nextDueOn && line.nextDueOn < today;
  switch (line.status) {
    case 'REFERRED':
      return { text: 'Aufnahme entscheiden', tone: overdue ? 'danger' : 'warn' };
    case 'DECLINED':
      return { text: 'Abgelehnt, Vorlage bei der Teamleitung möglich', tone: 'neutral' };
    case 'ESCALATED':
      return { text: 'Entscheidung der Teamleitung ausstehend', tone: 'info' };
    case 'ADMITTED':
      return overdue
        ? { text: 'Einstiegsberatung überfällig', tone: 'danger' }
        : { text: 'Einstiegsberatung ausstehend', tone: 'warn' };
    case 'ACTIVE': {
      if (!line.assessedAt) return { text: 'Profiling ausstehend', tone: 'warn' };
      const f = facts?.get(line.caseId);
      if (f?.expiredAgreement) return { text: `${agreementName(f.expiredAgreement)} abgelaufen`, tone: 'danger' };
      if (f?.agreementReviewDue) return { text: 'Fortschreibung fällig', tone: 'danger' };
      if (f?.reviewDue) return { text: REVIEW_STEP[f.reviewDue] ?? 'Fortführungsprüfung fällig', tone: 'danger' };
      if (overdue) return { text: 'Höchstdauer erreicht: Verlängerung oder Abschluss', tone: 'danger' };
      if (f?.contactOverdue) return { text: 'Kontakt überfällig', tone: 'danger' };
      return facts ? { text: 'Nichts fällig', tone: 'neutral' } : null;
    }
    default:
      return null;
  }
}

/** planning's three lists of what is due today or overdue, for the whole caseload at once. */
export async function loadCaseFacts(today: string, signal: AbortSignal): Promise<Map<string, CaseFacts>> {
  const list = <T>(name: string) =>
    api<Page<T>>('planning', `/api/worklists/${name}`, { query: { withinDays: 0, size: 200 }, signal }).then(
      (p) => p.items ?? [],
    );
  const [agreements, reviews, contacts] = await Promise.all([
    list<AgreementExpiring>('agreements-expiring'),
    list<ReviewDue>('reviews-due'),
    list<ContactDue>('contacts-due'),
  ]);
  return factsByCase(agreements, reviews, contacts, today);
}
