// Which areas of the case file a case has, by its state (docs/domain.md §3): profiling, plan, contacts, reviews,
// network and closure exist from the admission on; a referral not (or not yet) admitted has its overview only.
// A closed case keeps its areas, read-only.

export const ALL_TABS = ['', 'assessment', 'plan', 'kontakte', 'fortschreibung', 'netzwerk', 'abschluss'] as const;

const ADMITTED_STATES = ['ADMITTED', 'ACTIVE', 'CLOSED'];

/** The paths of the tabs shown for a case in this state ('' = Überblick). */
export function tabsFor(status: string): readonly string[] {
  return ADMITTED_STATES.includes(status) ? ALL_TABS : [''];
}
