// "Was ist fällig": the work lists of four services, loaded side by side and brought into one
// line shape. A service that does not answer costs only its own group.
import { api, ApiError } from '../../../api/client';
import { addDays, date, today } from '../../../ui/format';
import { AGREEMENT_TYPE, DENSITY_STATUS, PARTNER_SERVICE, REFERRAL_STATUS, label } from '../../../domain/labels';
import { DEADLINE_KIND, INSTRUMENT, RESUBMISSION_KIND, REVIEW_KIND } from './labels';
import type { CaseLine, Page } from '../../../api/types';
import type {
  AgreementExpiring,
  ContactDue,
  IntakeDeadline,
  MeasureEnding,
  PartnerLine,
  PartnerReferralDue,
  ResubmissionDue,
  ReviewDue,
} from './types';

export type DueGroup =
  'deadlines' | 'contacts' | 'reviews' | 'agreements' | 'measures' | 'resubmissions' | 'partnerReferrals';

export const DUE_GROUPS: { key: DueGroup; title: string; hint: string }[] = [
  {
    key: 'deadlines',
    title: 'Fristen des Fallzugangs',
    hint: 'Zuordnung als Nebenbetreuung, Einstiegsberatung, Erstgespräch, Klärungsphase, Höchstdauer, Vertretung; wo die Richtlinie es vorsieht, die Schritte des arbeitsmarktnahen Fallmanagements und die Rechtsfolgenbelehrung nach einer Reaktivierung',
  },
  {
    key: 'contacts',
    title: 'Kontakte fällig',
    hint: 'nächster zählender Kontakt nach der Kontaktregel der Richtlinie',
  },
  {
    key: 'reviews',
    title: 'Fortführungsprüfungen',
    hint: 'Fortführungsprüfung fällig, Beendigung empfohlen, Höchstdauer endet',
  },
  { key: 'agreements', title: 'Vereinbarungen laufen ab', hint: 'Eingliederungsvereinbarung / Kooperationsplan' },
  { key: 'measures', title: 'Maßnahmen enden', hint: 'mit Erinnerung an die Fallkonferenz' },
  { key: 'resubmissions', title: 'Wiedervorlagen Profiling', hint: 'Kategorien X/Y/Z und Ende der Gültigkeit' },
  { key: 'partnerReferrals', title: 'Überweisungen an Partner', hint: 'sollten bis zum Datum begonnen haben' },
];

export interface DueItem {
  key: string;
  group: DueGroup;
  caseId?: string;
  customer: { lastName?: string; firstName?: string; fallback: string };
  what: string;
  /** the service's code of the entry (intake's deadline kind), for screens that treat kinds apart; never shown */
  kind?: string;
  dueOn?: string;
  overdue: boolean;
  note?: string;
}

export type DueResult = Record<DueGroup, { items: DueItem[] } | { error: ApiError }>;

/** A line that names only its case: the caseload list supplies the name (customerName); never the case's id. */
function customerOf(): DueItem['customer'] {
  return { fallback: 'Fall außerhalb Ihres Fallbestands' };
}

function isPast(day?: string): boolean {
  return !!day && day < today();
}

const SIZE = 200;

export async function loadDue(withinDays: number, signal: AbortSignal): Promise<DueResult> {
  const until = addDays(today(), withinDays);
  const planning = <T>(list: string) =>
    api<Page<T>>('planning', `/api/worklists/${list}`, { query: { withinDays, size: SIZE }, signal }).then(
      (p) => p.items ?? [],
    );

  const sources: Record<DueGroup, () => Promise<DueItem[]>> = {
    deadlines: async () => {
      const page = await api<Page<IntakeDeadline>>('intake', '/api/deadlines', {
        query: { withinDays, size: SIZE },
        signal,
      });
      return (page.items ?? []).map((d, i) => ({
        key: `d${i}`,
        group: 'deadlines',
        caseId: d.caseId,
        customer: { lastName: d.lastName, firstName: d.firstName, fallback: '' },
        what: label(DEADLINE_KIND, d.kind),
        kind: d.kind,
        dueOn: d.dueOn,
        overdue: d.overdue,
      }));
    },
    contacts: async () =>
      (await planning<ContactDue>('contacts-due')).map((c, i) => ({
        key: `c${i}`,
        group: 'contacts',
        caseId: c.caseId,
        customer: customerOf(),
        what: 'Kontakt',
        dueOn: c.nextContactDueOn,
        overdue: c.overdue,
        note: `${label(DENSITY_STATUS, c.status)} · ${c.countedLastYear} zählende Kontakte in 12 Monaten (nötig bisher: ${c.requiredSoFar})`,
      })),
    reviews: async () =>
      (await planning<ReviewDue>('reviews-due')).map((r, i) => ({
        key: `r${i}`,
        group: 'reviews',
        caseId: r.caseId,
        customer: customerOf(),
        what: label(REVIEW_KIND, r.kind),
        kind: r.kind,
        dueOn: r.dueOn,
        overdue: r.overdue,
        note: r.extensionApproved ? 'Verlängerung genehmigt' : undefined,
      })),
    agreements: async () =>
      (await planning<AgreementExpiring>('agreements-expiring')).map((a, i) => ({
        key: `a${i}`,
        group: 'agreements',
        caseId: a.caseId,
        customer: customerOf(),
        what: `${label(AGREEMENT_TYPE, a.type)}: ${a.reason === 'EXPIRY' ? 'läuft ab' : 'gemeinsame Überprüfung'}`,
        dueOn: a.dueOn,
        overdue: a.expired,
        note: a.expired ? 'überfällig – Fortschreibung auf Grundlage eines aktuellen Profilings' : undefined,
      })),
    measures: async () =>
      (await planning<MeasureEnding>('measures-ending')).map((m, i) => ({
        key: `m${i}`,
        group: 'measures',
        caseId: m.caseId,
        customer: customerOf(),
        what: `${m.title} (${label(INSTRUMENT, m.instrument)}) endet`,
        dueOn: m.plannedEndOn,
        overdue: m.overdue,
        note: m.caseConferenceHeld
          ? 'Fallkonferenz gehalten'
          : m.caseConferenceBy
            ? `Fallkonferenz bis ${date(m.caseConferenceBy)}`
            : undefined,
      })),
    resubmissions: async () => {
      // the list works by calendar month: ask for each month the period touches
      const months = [...new Set([today().slice(0, 7), until.slice(0, 7)])];
      const lists = await Promise.all(
        months.map((month) => api<ResubmissionDue[]>('assessment', '/api/resubmissions', { query: { month }, signal })),
      );
      const seen = new Set<string>();
      return lists
        .flat()
        .filter((r) => r.dueOn <= until || r.overdue)
        .filter((r) => {
          const k = `${r.caseId}/${r.kind}/${r.dueOn}`;
          if (seen.has(k)) return false;
          seen.add(k);
          return true;
        })
        .map((r, i) => ({
          key: `s${i}`,
          group: 'resubmissions' as const,
          caseId: r.caseId,
          customer: customerOf(),
          what: label(RESUBMISSION_KIND, r.kind),
          dueOn: r.dueOn,
          overdue: r.overdue,
          note: `Profiling Version ${r.version}, ${r.profileCode}`,
        }));
    },
    partnerReferrals: async () => {
      const due = await api<PartnerReferralDue[]>('network', '/api/referrals/due', { query: { withinDays }, signal });
      let partners = new Map<string, string>();
      if (due.length > 0) {
        const page = await api<Page<PartnerLine>>('network', '/api/partners', { query: { size: SIZE }, signal }).catch(
          () => undefined,
        );
        partners = new Map((page?.items ?? []).map((p) => [p.id, p.name]));
      }
      return due.map((r, i) => ({
        key: `p${i}`,
        group: 'partnerReferrals' as const,
        caseId: r.caseId,
        customer: customerOf(),
        what: `${label(PARTNER_SERVICE, r.service)} bei ${partners.get(r.partnerId) ?? 'Partner'}`,
        dueOn: r.dueOn,
        overdue: isPast(r.dueOn),
        note: `Stand: ${label(REFERRAL_STATUS, r.status)} · Code ${r.referenceCode}`,
      }));
    },
  };

  const keys = Object.keys(sources) as DueGroup[];
  const settled = await Promise.allSettled(keys.map((k) => sources[k]()));
  const result = {} as DueResult;
  keys.forEach((k, i) => {
    const s = settled[i];
    if (s.status === 'fulfilled') {
      result[k] = { items: [...s.value].sort(byDue) };
    } else {
      if ((s.reason as Error)?.name === 'AbortError') throw s.reason;
      result[k] = {
        error:
          s.reason instanceof ApiError
            ? s.reason
            : new ApiError({ title: 'Unerwarteter Fehler', status: 0, detail: String(s.reason) }),
      };
    }
  });
  return result;
}

export function byDue(a: { dueOn?: string }, b: { dueOn?: string }): number {
  return (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31');
}

/** The customer's name: from the line itself, else from the caseload list (most lists name only the case). */
export function customerName(item: DueItem, names: Map<string, CaseLine>): string {
  const c = item.customer;
  if (c.lastName) return `${c.lastName}, ${c.firstName ?? ''}`;
  const line = item.caseId ? names.get(item.caseId) : undefined;
  return line ? `${line.lastName}, ${line.firstName}` : c.fallback;
}
