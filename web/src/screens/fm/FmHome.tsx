import { api } from '../../api/client';
import { useResource } from '../../api/hooks';
import { useSession } from '../../auth/AuthContext';
import { MyConsultations } from './case/contacts/Consultations';
import { AwaitingDecision, MyCaseload } from './home/CaseLists';
import { DueWork } from './home/DueWork';
import type { CaseLine, Page } from '../../api/types';
import { usePageTitle } from '../../ui/pageTitle';
import { today } from '../../ui/format';
import { loadCaseFacts } from './home/nextStep';

/** The case manager's start page: referrals to decide, what is due, the own caseload. */
export function FmHome() {
  usePageTitle('Mein Fallbestand');
  const session = useSession();
  const caseload = useResource(['intake', 'cases', { scope: 'MY_CASELOAD', size: 200 }], (signal) =>
    api<Page<CaseLine>>('intake', '/api/cases', { query: { scope: 'MY_CASELOAD', size: 200 }, signal }),
  );
  const awaiting = useResource(['intake', 'cases', { scope: 'AWAITING_MY_DECISION', size: 200 }], (signal) =>
    api<Page<CaseLine>>('intake', '/api/cases', { query: { scope: 'AWAITING_MY_DECISION', size: 200 }, signal }),
  );
  // what planning knows to be due per case, so that each line of the caseload names its next step
  const day = today();
  const facts = useResource(['planning', 'case-facts', { day }], (signal) => loadCaseFacts(day, signal));
  return (
    <>
      <h1>Mein Fallbestand</h1>
      <p className="lead">
        {session.subject}
        {session.teamId ? ` · ${session.teamId}` : ''}: Vormerkungen zur Entscheidung, fällige Aufgaben und Ihre Fälle.
      </p>
      <AwaitingDecision resource={awaiting} />
      <DueWork caseload={caseload.data?.items} />
      <MyCaseload resource={caseload} facts={facts.data} />
      {facts.error && (
        <p className="hint">
          Die Integrationsplanung ist gerade nicht erreichbar: Fällige Vereinbarungen, Prüfungen und Kontakte fehlen bei
          den nächsten Schritten.
        </p>
      )}
      <MyConsultations />
    </>
  );
}
