// "Als Nächstes": what is due on one open case, derived from the answers the services already give
// (intake's case and deadlines, planning's plan, agreements, contacts, density and work lists, assessment's
// versions, network's referrals). Pure functions, so that the rules can be tested without a browser.
import { addDays, date } from '../../../../ui/format';
import { AGREEMENT_TYPE, DENSITY_STATUS, PARTNER_SERVICE, REFERRAL_STATUS, label } from '../../../../domain/labels';
import type { DueItem } from '../../home/dueSources';
import type { ContactView, DensityView } from '../contacts/types';
import type { ReferralView } from '../network/types';
import type { AgreementView, PlanView } from '../plan/types';
import type { CaseView } from '../../caseTypes';

/** The case file's areas an item can lead to (the path of the tab, '' = Überblick). */
export type TabPath = '' | 'assessment' | 'plan' | 'kontakte' | 'fortschreibung' | 'netzwerk' | 'abschluss';

export interface NextItem {
  key: string;
  text: string;
  /** the day it is due; items without one (facts such as the last contact) come after the dated ones */
  dueOn?: string;
  overdue: boolean;
  tone: 'danger' | 'warn' | 'info' | 'ok' | 'neutral';
  tab: TabPath;
}

/** Days ahead in which an ending validity or duration is shown as "bald". */
export const SOON_DAYS = 30;
/** The maximum duration is announced earlier: an extension or a closure needs preparation. */
export const MAX_DURATION_WARNING_DAYS = 90;

/**
 * Overdue first; then what is open now without a day of its own (a profiling, a plan, an agreement still missing);
 * then by the day it is due; the facts without a day (the last contact) last, each group in its given order.
 */
export function orderItems(items: NextItem[]): NextItem[] {
  const rank = (i: NextItem) => (i.overdue ? 0 : i.dueOn ? 2 : i.tone === 'warn' || i.tone === 'danger' ? 1 : 3);
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const byRank = rank(a.item) - rank(b.item);
      if (byRank !== 0) return byRank;
      const da = a.item.dueOn ?? '';
      const db = b.item.dueOn ?? '';
      return da === db ? a.index - b.index : da.localeCompare(db);
    })
    .map((x) => x.item);
}

export type Validity =
  | { state: 'none' }
  | { state: 'exception'; agreement: AgreementView }
  | { state: 'valid' | 'expiring' | 'expired'; agreement: AgreementView };

/** The validity of the case's current agreement (the latest concluded) on the given day. */
export function agreementValidity(agreements: AgreementView[], today: string): Validity {
  const latest = [...agreements].sort(
    (a, b) => b.agreedOn.localeCompare(a.agreedOn) || b.agreedAt.localeCompare(a.agreedAt),
  )[0];
  if (!latest) return { state: 'none' };
  if (latest.type === 'NONE') return { state: 'exception', agreement: latest };
  if (latest.validUntil && latest.validUntil < today) return { state: 'expired', agreement: latest };
  if (latest.validUntil && latest.validUntil <= addDays(today, SOON_DAYS)) {
    return { state: 'expiring', agreement: latest };
  }
  return { state: 'valid', agreement: latest };
}

/** The items of the agreement: its validity, and its joint review once it is near. */
export function agreementItems(agreements: AgreementView[], today: string): NextItem[] {
  const v = agreementValidity(agreements, today);
  if (v.state === 'none') {
    return [
      { key: 'agreement', text: 'Noch kein Kooperationsplan abgeschlossen', overdue: false, tone: 'warn', tab: 'plan' },
    ];
  }
  const a = v.agreement;
  const name = label(AGREEMENT_TYPE, a.type);
  if (v.state === 'exception') {
    return [
      { key: 'agreement', text: `${name} seit ${date(a.agreedOn)}`, overdue: false, tone: 'neutral', tab: 'plan' },
    ];
  }
  const items: NextItem[] = [];
  if (v.state === 'expired') {
    items.push({
      key: 'agreement',
      text: `${name} abgelaufen am ${date(a.validUntil)}: Fortschreibung auf Grundlage eines aktuellen Profilings`,
      dueOn: a.validUntil,
      overdue: true,
      tone: 'danger',
      tab: 'plan',
    });
  } else if (v.state === 'expiring') {
    items.push({
      key: 'agreement',
      text: `${name} läuft am ${date(a.validUntil)} ab`,
      dueOn: a.validUntil,
      overdue: false,
      tone: 'warn',
      tab: 'plan',
    });
  } else {
    items.push({
      key: 'agreement',
      text: a.validUntil ? `${name} gültig bis ${date(a.validUntil)}` : `${name} vom ${date(a.agreedOn)}`,
      overdue: false,
      tone: 'ok',
      tab: 'plan',
    });
  }
  if (v.state !== 'expired' && a.reviewOn && a.reviewOn <= addDays(today, SOON_DAYS)) {
    const overdue = a.reviewOn < today;
    items.push({
      key: 'agreement-review',
      text: `Gemeinsame Überprüfung des ${name}s ${overdue ? 'war fällig am' : 'spätestens am'} ${date(a.reviewOn)}`,
      dueOn: a.reviewOn,
      overdue,
      tone: overdue ? 'danger' : 'warn',
      tab: 'plan',
    });
  }
  return items;
}

/** Needs of the latest assessment without a strategy, and a plan not yet begun. */
export function planItems(plan: PlanView, needName: (code: string) => string | undefined): NextItem[] {
  const missing = plan.needsWithoutStrategy ?? [];
  const items: NextItem[] = [];
  if ((plan.needs ?? []).length > 0 && !plan.updatedAt) {
    items.push({ key: 'plan', text: 'Integrationsplan erstellen', overdue: false, tone: 'warn', tab: 'plan' });
  }
  if (missing.length > 0) {
    const names = missing.map((n) => needName(n.code)).filter((n): n is string => !!n);
    const count = missing.length === 1 ? 'Ein Handlungsbedarf' : `${missing.length} Handlungsbedarfe`;
    items.push({
      key: 'needs',
      text: `${count} ohne Strategie${names.length === missing.length ? `: ${names.join(', ')}` : ''}`,
      overdue: false,
      tone: 'warn',
      tab: 'plan',
    });
  }
  return items;
}

/** The last contact, the next agreed appointment and the policy's contact rule. */
export function contactItems(contacts: ContactView[], density: DensityView | undefined, today: string): NextItem[] {
  const items: NextItem[] = [];
  if (density?.nextContactDueOn) {
    items.push({
      key: 'contact-due',
      text: `Nächster zählender Kontakt ${density.overdue ? 'war fällig am' : 'fällig bis'} ${date(density.nextContactDueOn)}`,
      dueOn: density.nextContactDueOn,
      overdue: density.overdue,
      tone: density.overdue ? 'danger' : 'info',
      tab: 'kontakte',
    });
  }
  if (density?.status === 'NOT_COMPLIANT') {
    items.push({
      key: 'density',
      text: `${label(DENSITY_STATUS, density.status)}: ${density.countedLastYear} zählende Kontakte in zwölf Monaten, nötig bisher ${density.requiredSoFar}`,
      overdue: false,
      tone: 'danger',
      tab: 'kontakte',
    });
  }
  const current = contacts.filter((c) => !c.afterCare);
  const last = [...current].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn))[0];
  const next = current
    .map((c) => c.nextAppointmentOn)
    .filter((d): d is string => !!d && d >= today)
    .sort()[0];
  if (next) {
    items.push({
      key: 'appointment',
      text: `Nächster Termin am ${date(next)}`,
      dueOn: next,
      overdue: false,
      tone: 'info',
      tab: 'kontakte',
    });
  }
  items.push({
    key: 'last-contact',
    text: last ? `Letzter Kontakt am ${date(last.occurredOn)}` : 'Noch kein Kontakt erfasst',
    overdue: false,
    tone: 'neutral',
    tab: 'kontakte',
  });
  return items;
}

const OPEN_REFERRAL = ['REQUESTED', 'ACCEPTED', 'STARTED'];

/** Open partner referrals by status; one not begun by its day is overdue. */
export function referralItems(
  referrals: ReferralView[],
  partnerName: (id: string) => string | undefined,
  today: string,
): NextItem[] {
  return referrals
    .filter((r) => OPEN_REFERRAL.includes(r.status))
    .map((r) => {
      const notBegun = r.status !== 'STARTED';
      const overdue = notBegun && !!r.dueOn && r.dueOn < today;
      const partner = partnerName(r.partnerId) ?? 'Netzwerkpartner';
      const due = notBegun && r.dueOn ? `, Beginn bis ${date(r.dueOn)}` : '';
      return {
        key: `referral-${r.id}`,
        text: `Überweisung ${label(PARTNER_SERVICE, r.service)} bei ${partner}: ${label(REFERRAL_STATUS, r.status)}${due}`,
        dueOn: notBegun ? r.dueOn : undefined,
        overdue,
        tone: overdue ? 'danger' : 'info',
        tab: 'netzwerk' as const,
      };
    });
}

/** The first consultation (until it is held) and the maximum duration (once it is near), from intake's case. */
export function caseItems(view: CaseView, today: string): NextItem[] {
  const items: NextItem[] = [];
  const fc = view.firstConsultation;
  if (view.status === 'ADMITTED' && !fc?.heldOn) {
    const overdue = !!fc?.dueOn && fc.dueOn < today;
    const when = fc?.scheduledOn
      ? `Termin am ${date(fc.scheduledOn)}`
      : fc?.dueOn
        ? `noch kein Termin, fällig bis ${date(fc.dueOn)}`
        : 'noch kein Termin';
    items.push({
      key: 'first-consultation',
      text: `Einstiegsberatung ausstehend (${when})`,
      dueOn: fc?.scheduledOn ?? fc?.dueOn,
      overdue,
      tone: overdue ? 'danger' : 'warn',
      tab: '',
    });
  }
  const ends = view.extensionUntil ?? view.admission?.maxDurationEndsOn;
  if (ends && ends <= addDays(today, MAX_DURATION_WARNING_DAYS)) {
    const overdue = ends < today;
    items.push({
      key: 'max-duration',
      text: `${view.extensionUntil ? 'Genehmigte Verlängerung' : 'Maximale Betreuungsdauer'} ${overdue ? 'endete am' : 'endet am'} ${date(ends)}`,
      dueOn: ends,
      overdue,
      tone: overdue ? 'danger' : 'warn',
      tab: 'fortschreibung',
    });
  }
  return items;
}

/** The work list's own kinds that the items above already state (first consultation, duration, agreement, referrals). */
const COVERED_DEADLINES = ['FIRST_CONSULTATION', 'MAX_DURATION'];

const DEADLINE_TAB: Record<string, TabPath> = {
  CLARIFICATION_PHASE_END: 'abschluss',
  DEPUTY_ENDS: '',
};

/** The case's lines of the work lists (dueSources), turned into items; the groups stated otherwise are left out. */
export function dueItems(items: DueItem[]): NextItem[] {
  return items
    .filter((i) => !(i.group === 'deadlines' && COVERED_DEADLINES.includes(i.kind ?? '')))
    .filter((i) => i.group !== 'agreements' && i.group !== 'partnerReferrals' && i.group !== 'contacts')
    .filter((i) => !(i.group === 'reviews' && i.kind === 'MAX_DURATION_ENDS'))
    .map((i) => ({
      key: `due-${i.key}`,
      text: i.dueOn ? `${i.what}: ${i.overdue ? 'war fällig am' : 'fällig am'} ${date(i.dueOn)}` : i.what,
      dueOn: i.dueOn,
      overdue: i.overdue,
      tone: i.overdue ? ('danger' as const) : ('warn' as const),
      tab: tabOfDue(i),
    }));
}

function tabOfDue(i: DueItem): TabPath {
  switch (i.group) {
    case 'reviews':
    case 'measures':
      return 'fortschreibung';
    case 'resubmissions':
      return 'assessment';
    case 'deadlines':
      return DEADLINE_TAB[i.kind ?? ''] ?? '';
    default:
      return '';
  }
}

/** No profiling yet: it comes before the plan (the plan's strategies answer the profiling's needs). */
export function assessmentItems(versionCount: number | undefined): NextItem[] {
  return versionCount === 0
    ? [{ key: 'assessment', text: 'Profiling ausstehend', overdue: false, tone: 'warn', tab: 'assessment' }]
    : [];
}
