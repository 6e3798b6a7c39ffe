import { Loaded, Success } from '../../../ui/feedback';
import { useMessage, useResource } from '../../../api/hooks';
import { useCase } from '../CaseFile';
import { ClosureData } from './closure/ClosureData';
import { ClosureForm } from './closure/ClosureForm';
import { SustainabilityChecks } from './closure/SustainabilityChecks';
import { loadPolicy } from '../../../domain/policy';
import { fullCase } from './overview/types';

/** Abschluss: the closure form for a case in care, the closure data once it is closed. */
export function ClosureTab() {
  const { caseId, view: raw } = useCase();
  const view = fullCase(raw);
  const [closed, setClosed] = useMessage<boolean>();
  const policy = useResource(['intake', 'policy'], (signal) => loadPolicy(signal));
  if (view.status === 'CLOSED' && view.closure) {
    return (
      <>
        <h2 className="visually-hidden">Abschluss</h2>
        {closed && (
          <Success>
            Der Fall ist abgeschlossen.
            {view.closure.handoverAvId
              ? ` Die Arbeitsvermittlung (${view.closure.handoverAvId}) übernimmt nach dem Folgegespräch.`
              : ''}
          </Success>
        )}
        <ClosureData view={view} />
        {view.closure.integration && (
          <SustainabilityChecks
            caseId={caseId}
            closedOn={view.closure.closedOn}
            afterCareUntil={view.closure.afterCareUntil}
          />
        )}
      </>
    );
  }
  if (view.status !== 'ADMITTED' && view.status !== 'ACTIVE') {
    return (
      <p className="alert alert--info">
        Ein Fallabgang ist nur für aufgenommene Fälle möglich; dieser Fall ist nicht in Betreuung.
      </p>
    );
  }
  return (
    <Loaded resource={policy} label="Abgangsgründe werden geladen …">
      {(p) => <ClosureForm view={view} policy={p} onClosed={() => setClosed(true)} />}
    </Loaded>
  );
}
