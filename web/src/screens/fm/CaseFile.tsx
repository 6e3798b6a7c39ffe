import { createContext, useContext, type ReactNode } from 'react';
import { Navigate, NavLink, useLocation, Route, Routes, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useResource } from '../../api/hooks';
import { Badge, Loaded } from '../../ui/feedback';
import { date } from '../../ui/format';
import { CASE_STATUS, label } from '../../domain/labels';
import type { CaseView } from './caseTypes';
import { usePageTitle } from '../../ui/pageTitle';
import { Overview } from './case/Overview';
import { AssessmentTab } from './case/AssessmentTab';
import { PlanTab } from './case/PlanTab';
import { ContactsTab } from './case/ContactsTab';
import { ReviewsTab } from './case/ReviewsTab';
import { NetworkTab } from './case/NetworkTab';
import { ClosureTab } from './case/ClosureTab';
import { tabsFor } from './caseTabs';

interface CaseContextValue {
  caseId: string;
  view: CaseView;
}

const CaseContext = createContext<CaseContextValue | null>(null);

/** The case shown by the surrounding case file (tabs read it instead of loading it again). */
export function useCase(): CaseContextValue {
  const value = useContext(CaseContext);
  if (!value) throw new Error('useCase outside CaseFile');
  return value;
}

const TABS: { path: string; label: string; element: ReactNode }[] = [
  { path: '', label: 'Überblick', element: <Overview /> },
  { path: 'assessment', label: 'Profiling', element: <AssessmentTab /> },
  { path: 'plan', label: 'Plan & Vereinbarung', element: <PlanTab /> },
  { path: 'kontakte', label: 'Kontakte & Notizen', element: <ContactsTab /> },
  { path: 'fortschreibung', label: 'Fortschreibung & Maßnahmen', element: <ReviewsTab /> },
  { path: 'netzwerk', label: 'Netzwerk & Einwilligungen', element: <NetworkTab /> },
  { path: 'abschluss', label: 'Abschluss', element: <ClosureTab /> },
];

export function CaseFile() {
  const { caseId = '' } = useParams();
  const resource = useResource(['intake', 'cases', caseId], (signal) =>
    api<CaseView>('intake', `/api/cases/${caseId}`, { signal }),
  );
  return (
    <Loaded resource={resource} label="Fallakte wird geladen …">
      {(view) => (
        <CaseContext.Provider value={{ caseId, view }}>
          <CaseTitle name={`${view.customer.lastName}, ${view.customer.firstName}`} />
          <header className="case-header">
            <h1>
              {view.customer.lastName}, {view.customer.firstName}{' '}
              <Badge tone={view.status === 'CLOSED' ? 'neutral' : 'info'}>{label(CASE_STATUS, view.status)}</Badge>
            </h1>
            <p className="muted">
              Kundennummer <span className="mono">{view.customer.customerNumber}</span> · geboren{' '}
              {date(view.customer.dateOfBirth)} ({view.ageGroup === 'U25' ? 'U25' : 'Ü25'}) · Team {view.teamId} ·
              Fallmanagement {view.caseManagerId ?? '–'}
              {view.deputy?.deputyId ? ` · Vertretung ${view.deputy.deputyId}` : ''}
            </p>
          </header>
          <nav aria-label="Bereiche der Fallakte" className="tabs">
            {TABS.filter((t) => tabsFor(view.status).includes(t.path)).map((t) => (
              <NavLink key={t.path} to={`/faelle/${caseId}${t.path ? `/${t.path}` : ''}`} end>
                {t.label}
              </NavLink>
            ))}
          </nav>
          <Routes>
            {TABS.map((t) => (
              <Route
                key={t.path}
                path={t.path === '' ? '' : `${t.path}/*`}
                element={
                  tabsFor(view.status).includes(t.path) ? (
                    t.element
                  ) : (
                    // a bookmark or an old link to an area the case does not have: the overview says why
                    <Navigate to={`/faelle/${caseId}`} replace state={{ hiddenTab: t.label }} />
                  )
                }
              />
            ))}
          </Routes>
        </CaseContext.Provider>
      )}
    </Loaded>
  );
}

/** The tab's title names the open area and the customer ("Profiling – Mustermann, Erika – Lotse"). */
function CaseTitle({ name }: { name: string }) {
  const { caseId = '' } = useParams();
  const { pathname } = useLocation();
  const area = pathname.split(`/faelle/${caseId}`)[1]?.split('/')[1] ?? '';
  const tab = TABS.find((t) => t.path === area) ?? TABS[0];
  usePageTitle(tab.label, name, 'Fallakte');
  return null;
}
