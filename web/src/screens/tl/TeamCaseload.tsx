import type { Resource } from '../../api/hooks';
import { Loaded } from '../../ui/feedback';
import { CaseloadSection } from '../management/CaseloadSection';
import { CsvButton } from '../management/CsvButton';
import type { Caseload } from '../management/reporting';

/** The team's open cases per FM against the Betreuungsschlüssel (a team lead sees exact counts). */
export function TeamCaseload({ resource }: { resource: Resource<Caseload> }) {
  return (
    <section className="card" aria-labelledby="team-caseload-heading">
      <div className="section-head">
        <h2 id="team-caseload-heading">Fallbestand des Teams je Fallmanager:in</h2>
        <CsvButton
          what="Fallbestand des Teams"
          path="/api/caseload/export"
          filename="fallbestand-team.csv"
          query={{ groupBy: 'caseManager' }}
        />
      </div>
      <Loaded resource={resource} label="Fallbestand wird geladen …">
        {(c) =>
          (c.rows ?? []).length === 0 ? (
            <p className="empty">Das Team hat keine offenen Fälle.</p>
          ) : (
            <CaseloadSection caseload={c} lineLabel="Fallmanager:in" perCaseManager testId="chart-team-caseload" />
          )
        }
      </Loaded>
    </section>
  );
}
