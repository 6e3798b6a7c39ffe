import { useState } from 'react';
import { useSession } from '../../auth/AuthContext';
import { JobcenterView } from './JobcenterView';
import { NationalView } from './NationalView';
import './management.css';
import { usePageTitle } from '../../ui/pageTitle';

/**
 * Steuerung: aggregates only. A token with a Jobcenter sees that Jobcenter; a token with
 * reportingScope NATIONAL (without Jobcenter) the national view — with both, both.
 */
export function ManagementDashboard() {
  usePageTitle('Steuerung');
  const session = useSession();
  const national = session.reportingScope === 'NATIONAL';
  // a reload fetches everything again (after a network error; the figures of a reporting date stay the same)
  const [generation, setGeneration] = useState(0);
  return (
    <div className="dash">
      <div className="section-head">
        <h1>
          Steuerung{session.jobcenterId ? ` – Jobcenter ${session.jobcenterId}` : national ? ' – bundesweit' : ''}
        </h1>
        <button type="button" className="button button--small" onClick={() => setGeneration((g) => g + 1)}>
          Zahlen aktualisieren
        </button>
      </div>
      <p className="lead">
        Fallbestand, Qualitätsstandards und Wirkung des Fallmanagements – nur als Summen, ohne Namen und Fall-IDs. Die
        Zahlen zeigen den Stand am Ende des Vortags (Stichtag) und bleiben den ganzen Tag gleich. Zahlen mit weniger als
        5 Kund:innen und Zahlen, aus denen sie sich zurückrechnen ließen, erscheinen als „geschützt“.
      </p>
      {session.jobcenterId && <JobcenterView key={`jc-${generation}`} />}
      {national && <NationalView key={`n-${generation}`} />}
      {!session.jobcenterId && !national && (
        <div className="alert alert--warn" role="alert">
          Ihrem Zugang ist weder ein Jobcenter noch die bundesweite Sicht zugeordnet.
        </div>
      )}
    </div>
  );
}
