import { Link } from 'react-router-dom';
import { api, ApiError } from '../../../../api/client';
import { useResource } from '../../../../api/hooks';
import type { Page } from '../../../../api/types';
import { Badge, Empty, Loaded } from '../../../../ui/feedback';
import { today as todayOf } from '../../../../ui/format';
import { DUE_GROUPS, loadDue, type DueItem } from '../../home/dueSources';
import type { PartnerLine } from '../../home/types';
import type { CaseView } from '../../caseTypes';
import type { ContactView, DensityView } from '../contacts/types';
import type { ReferralView } from '../network/types';
import { useNeedLabels } from '../plan/lookups';
import type { AgreementView, PlanView } from '../plan/types';
import './overview.css';
import {
  agreementItems,
  assessmentItems,
  caseItems,
  contactItems,
  dueItems,
  orderItems,
  planItems,
  referralItems,
  SOON_DAYS,
  type NextItem,
  type TabPath,
} from './nextItems';

const TAB_LABEL: Record<TabPath, string> = {
  '': 'Überblick',
  assessment: 'Profiling',
  plan: 'Plan & Vereinbarung',
  kontakte: 'Kontakte & Notizen',
  fortschreibung: 'Fortschreibung & Maßnahmen',
  netzwerk: 'Netzwerk & Einwilligungen',
  abschluss: 'Abschluss',
};

interface NextData {
  due: DueItem[];
  plan?: PlanView;
  agreements?: AgreementView[];
  contacts?: ContactView[];
  density?: DensityView;
  referrals?: ReferralView[];
  partners: Map<string, string>;
  /** undefined: not readable for this user (the team summary only) or not loaded */
  assessmentCount?: number;
  /** plain-German lines for the sources that did not answer */
  failed: string[];
}

/** A source that has no data for the case yet (404) is empty, not broken; anything else is a failure. */
async function optional<T>(load: Promise<T>, empty: T | undefined): Promise<T | undefined> {
  try {
    return await load;
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 403)) return empty;
    throw e;
  }
}

async function loadNext(caseId: string, signal: AbortSignal): Promise<NextData> {
  const path = `/api/cases/${caseId}`;
  const [due, plan, agreements, contacts, density, referrals, partners, assessments] = await Promise.allSettled([
    loadDue(SOON_DAYS, signal),
    optional(api<PlanView>('planning', `${path}/plan`, { signal }), undefined),
    optional(api<AgreementView[]>('planning', `${path}/agreements`, { signal }), []),
    optional(api<ContactView[]>('planning', `${path}/contacts`, { signal }), []),
    optional(api<DensityView>('planning', `${path}/contact-density`, { signal }), undefined),
    optional(api<ReferralView[]>('network', `${path}/referrals`, { signal }), []),
    api<Page<PartnerLine>>('network', '/api/partners', { query: { size: 200 }, signal }),
    optional(
      api<unknown[]>('assessment', `${path}/assessments`, { signal }).then((v) => v.length),
      undefined,
    ),
  ]);
  const all = [due, plan, agreements, contacts, density, referrals, partners, assessments];
  const aborted = all.find((s) => s.status === 'rejected' && (s.reason as Error)?.name === 'AbortError');
  if (aborted?.status === 'rejected') throw aborted.reason;
  const value = <T,>(s: PromiseSettledResult<T>) => (s.status === 'fulfilled' ? s.value : undefined);

  const failed: string[] = [];
  const dueResult = value(due);
  const dueLines: DueItem[] = [];
  if (!dueResult) failed.push('Die Fristen und Arbeitslisten sind gerade nicht erreichbar.');
  else {
    for (const g of DUE_GROUPS) {
      const r = dueResult[g.key];
      if ('items' in r) dueLines.push(...r.items.filter((i) => i.caseId === caseId));
      // a list the user's role does not have (403) is no failure: its items are simply not theirs to see
      else if (r.error.status !== 403 && !['agreements', 'partnerReferrals', 'contacts'].includes(g.key)) {
        failed.push(`${g.title}: gerade nicht erreichbar.`);
      }
    }
  }
  if ([plan, agreements, contacts, density].some((s) => s.status === 'rejected')) {
    failed.push('Plan, Vereinbarung und Kontakte sind gerade nicht erreichbar.');
  }
  if (referrals.status === 'rejected') failed.push('Die Überweisungen an Partner sind gerade nicht erreichbar.');
  if (assessments.status === 'rejected') failed.push('Das Profiling ist gerade nicht erreichbar.');
  return {
    due: dueLines,
    plan: value(plan),
    agreements: value(agreements),
    contacts: value(contacts),
    density: value(density),
    referrals: value(referrals),
    partners: new Map((value(partners)?.items ?? []).map((p) => [p.id, p.name])),
    assessmentCount: value(assessments),
    failed,
  };
}

/** Everything the items are built from, in the order the rules list them (then sorted: overdue, by day). */
function itemsOf(view: CaseView, d: NextData, needName: (code: string) => string | undefined): NextItem[] {
  const today = todayOf();
  return orderItems([
    ...caseItems(view, today),
    ...dueItems(d.due),
    ...assessmentItems(d.assessmentCount),
    ...(d.plan ? planItems(d.plan, needName) : []),
    ...(d.agreements ? agreementItems(d.agreements, today) : []),
    ...(d.contacts ? contactItems(d.contacts, d.density, today) : []),
    ...(d.referrals ? referralItems(d.referrals, (id) => d.partners.get(id), today) : []),
  ]);
}

/** "Als Nächstes": the top of the overview of an open case — what is due, missing or running, each with its area. */
export function NextSection({ view }: { view: CaseView }) {
  const caseId = view.caseId;
  const labels = useNeedLabels(view.ageGroup);
  // a code the catalogue does not know (yet) is left out rather than shown as a code
  const needName = (code: string) => {
    const name = labels.need(code);
    return name === code ? undefined : name;
  };
  // several services' answers combined into one: the key says it is this section's own shape
  const next = useResource(['fm', 'cases', caseId, 'next-items'], (signal) => loadNext(caseId, signal));
  return (
    <section className="card next" aria-labelledby="next-heading" data-testid="next-steps">
      <h2 id="next-heading">Als Nächstes</h2>
      <Loaded resource={next} label="Fälliges wird geladen …">
        {(d) => {
          const items = itemsOf(view, d, needName);
          return (
            <>
              {items.length === 0 ? (
                <Empty>Für diesen Fall ist nichts fällig.</Empty>
              ) : (
                <ul className="next__list">
                  {items.map((item) => (
                    <li key={item.key} className="next__item">
                      {item.overdue ? (
                        <Badge tone="danger">überfällig</Badge>
                      ) : item.tone === 'warn' ? (
                        <Badge tone="warn">offen</Badge>
                      ) : null}{' '}
                      <Link to={`/faelle/${caseId}${item.tab ? `/${item.tab}` : ''}`}>{item.text}</Link>{' '}
                      <span className="muted">({TAB_LABEL[item.tab]})</span>
                    </li>
                  ))}
                </ul>
              )}
              {d.failed.map((line) => (
                <p key={line} className="hint">
                  {line}
                </p>
              ))}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
