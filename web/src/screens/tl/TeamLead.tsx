import { useMemo, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useResource } from '../../api/hooks';
import { useSession } from '../../auth/AuthContext';
import type { Caseload } from '../management/reporting';
import { MyConsultations } from '../fm/case/contacts/Consultations';
import { Escalations } from './Escalations';
import { Extensions } from './Extensions';
import { Supervision } from './Supervision';
import { TeamCaseload } from './TeamCaseload';
import { TeamQuality } from './TeamQuality';
import type { CaseLine, ReviewView } from '../../api/types';
import { TeamContext, allCases, type TeamData } from './teamCases';
import '../management/management.css';
import { usePageTitle } from '../../ui/pageTitle';

const SECTIONS = [
  'eskalationen',
  'verlaengerungen',
  'qualitaet',
  'fachaufsicht',
  'fallbestand',
  'fallberatungen',
] as const;
type Section = (typeof SECTIONS)[number];

/** The team lead's desk: decisions that wait (escalations, extensions), quality, supervision, caseload. */
export function TeamLead() {
  usePageTitle('Teamleitung');
  const session = useSession();
  const [params] = useSearchParams();
  const section = (SECTIONS as readonly string[]).includes(params.get('bereich') ?? '')
    ? (params.get('bereich') as Section)
    : 'eskalationen';
  const cases = useResource(['intake', 'cases', 'all', { scope: 'TEAM' }], (signal) =>
    allCases({ scope: 'TEAM' }, signal),
  );
  const caseload = useResource(['reporting', 'caseload'], (signal) =>
    api<Caseload>('reporting', '/api/caseload', { signal }),
  );
  const escalations = useResource(['intake', 'cases', 'all', { scope: 'AWAITING_MY_DECISION' }], (signal) =>
    allCases({ scope: 'AWAITING_MY_DECISION' }, signal),
  );
  const extensions = useResource(['planning', 'extension-requests'], (signal) =>
    api<ReviewView[]>('planning', '/api/extension-requests', { signal }),
  );
  // the context changes only with the data; a save anywhere loads both again (useAction)
  const { data: caseData } = cases;
  const { data: caseloadData } = caseload;
  const team: TeamData = useMemo(
    () => ({
      cases: new Map((caseData ?? []).map((c: CaseLine) => [c.caseId, c])),
      caseload: caseloadData,
    }),
    [caseData, caseloadData],
  );

  const tabs: { key: Section; label: ReactNode }[] = [
    {
      key: 'eskalationen',
      label: (
        <>
          Eskalationen <Count n={escalations.data?.length} />
        </>
      ),
    },
    {
      key: 'verlaengerungen',
      label: (
        <>
          Verlängerungen <Count n={extensions.data?.length} />
        </>
      ),
    },
    { key: 'qualitaet', label: 'Qualitätsstandards' },
    { key: 'fachaufsicht', label: 'Fachaufsicht' },
    { key: 'fallbestand', label: 'Fallbestand' },
    { key: 'fallberatungen', label: 'Fallberatungen' },
  ];
  return (
    <TeamContext.Provider value={team}>
      <div className="dash">
        <h1>Teamleitung – Team {session.teamId ?? '–'}</h1>
        <p className="lead">
          Was auf Ihre Entscheidung wartet, die Qualitätsstandards des Teams, die Fachaufsicht und der Fallbestand.
        </p>
        <nav aria-label="Bereiche der Teamleitung" className="tabs">
          {tabs.map((t) => (
            <Link
              key={t.key}
              to={`?bereich=${t.key}`}
              className={t.key === section ? 'active' : undefined}
              aria-current={t.key === section ? 'page' : undefined}
            >
              {t.label}
            </Link>
          ))}
        </nav>
        {section === 'eskalationen' && <Escalations resource={escalations} />}
        {section === 'verlaengerungen' && <Extensions resource={extensions} />}
        {section === 'qualitaet' && <TeamQuality />}
        {section === 'fachaufsicht' && <Supervision />}
        {section === 'fallbestand' && <TeamCaseload resource={caseload} />}
        {section === 'fallberatungen' && <MyConsultations title="Kollegiale Fallberatungen des Teams" />}
      </div>
    </TeamContext.Provider>
  );
}

function Count({ n }: { n?: number }) {
  if (n === undefined) return null;
  return (
    <span className={`badge ${n > 0 ? 'badge--warn' : 'badge--neutral'}`}>
      {n}
      <span className="visually-hidden"> offen</span>
    </span>
  );
}
