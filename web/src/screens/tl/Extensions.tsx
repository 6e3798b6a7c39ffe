import { useCallback, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { type Resource, useAction, useMessage, useResource } from '../../api/hooks';
import type { ReviewView } from '../../api/types';
import { PROGNOSIS, label } from '../../domain/labels';
import { ConfirmButton, Empty, Loaded, Success } from '../../ui/feedback';
import { date } from '../../ui/format';
import { FormErrors, SubmitButton, TextArea } from '../../ui/forms';
import { ACTION_COLUMN, Table } from '../../ui/table';
import { CaseLink, DecideToggle, customerName, useTeam } from './teamCases';

/** Extension requests beyond the maximum duration (PANKOW 4.5: longer only agreed with the team lead). */
export function Extensions({ resource }: { resource: Resource<ReviewView[]> }) {
  const team = useTeam();
  const [open, setOpen] = useState<ReviewView>();
  const [done, setDone] = useMessage<string>();
  return (
    <section className="card" aria-labelledby="ext-heading">
      <h2 id="ext-heading">Verlängerungen über die Höchstdauer</h2>
      <p className="muted">
        Die Fachkraft hat in der Fortführungsprüfung beantragt, den Fall über die maximale Betreuungsdauer hinaus
        fortzuführen. Die Richtlinie verlangt dafür Ihre begründete Zustimmung.
      </p>
      {done && <Success>{done}</Success>}
      <Loaded resource={resource} label="Anträge werden geladen …">
        {(requests) =>
          requests.length === 0 ? (
            <Empty>Kein Verlängerungsantrag wartet auf Ihre Entscheidung.</Empty>
          ) : (
            <Table
              columns={[
                'Kund:in',
                'Fachkraft',
                'Prüfung am',
                'Höchstdauer endet',
                'Verlängerung bis',
                'Erfolgsaussichten',
                ACTION_COLUMN,
              ]}
            >
              {requests.map((r) => {
                const line = team.cases.get(r.caseId);
                return (
                  <tr key={r.id}>
                    <th scope="row">
                      <CaseLink caseId={r.caseId} />
                    </th>
                    <td>{r.reviewedBy}</td>
                    <td>{date(r.reviewedOn)}</td>
                    <td>{line?.status === 'ACTIVE' ? date(line.nextDueOn) : '–'}</td>
                    <td>{date(r.extendedUntil)}</td>
                    <td>{label(PROGNOSIS, r.prognosis)}</td>
                    <td>
                      <DecideToggle
                        expanded={open?.id === r.id}
                        rowName={customerName(team, r.caseId)}
                        onToggle={() => {
                          setOpen(open?.id === r.id ? undefined : r);
                          setDone(undefined);
                        }}
                      />
                    </td>
                  </tr>
                );
              })}
            </Table>
          )
        }
      </Loaded>
      {open && (
        <ExtensionDecision
          key={open.id}
          request={open}
          onDecided={(approved) => {
            setDone(
              `${customerName(team, open.caseId)}: Verlängerung bis ${date(open.extendedUntil)} ${approved ? 'genehmigt' : 'abgelehnt'}.`,
            );
            setOpen(undefined);
          }}
        />
      )}
    </section>
  );
}

function ExtensionDecision({ request, onDecided }: { request: ReviewView; onDecided: (approved: boolean) => void }) {
  const team = useTeam();
  // the request list leaves the FM's reasons out; the case's reviews carry them (the read is audited)
  const reviews = useResource(['planning', 'cases', request.caseId, 'continuation-reviews'], (signal) =>
    api<ReviewView[]>('planning', `/api/cases/${request.caseId}/continuation-reviews`, { signal }),
  );
  const [note, setNote] = useState('');
  const action = useAction(
    useCallback(
      (approve: boolean) =>
        api<ReviewView>('planning', `/api/cases/${request.caseId}/continuation-reviews/${request.id}/decision`, {
          method: 'POST',
          body: { approve, note },
        }),
      [request.caseId, request.id, note],
    ),
  );

  async function decide(approve: boolean) {
    if (await action.run(approve)) onDecided(approve);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void decide(true);
  }

  return (
    <div className="panel" role="region" aria-label="Entscheidung über die Verlängerung">
      <h3>
        Verlängerung für {customerName(team, request.caseId)} bis {date(request.extendedUntil)}
      </h3>
      <Loaded resource={reviews} label="Begründung wird geladen …">
        {(list) => {
          const review = list.find((r) => r.id === request.id);
          return (
            <dl className="facts">
              <dt>Fortführungsprüfung</dt>
              <dd>
                {date(request.reviewedOn)} durch {request.reviewedBy} (Richtlinienversion {request.policyVersion})
              </dd>
              <dt>Erfolgsaussichten</dt>
              <dd>{label(PROGNOSIS, review?.prognosis)}</dd>
              <dt>Gründe der Fachkraft</dt>
              <dd className="pre">{review?.reasons ?? '–'}</dd>
              <dt>Nächste Prüfung</dt>
              <dd>{date(review?.nextReviewDueOn)}</dd>
            </dl>
          );
        }}
      </Loaded>
      <form onSubmit={submit} noValidate className="stack">
        <FormErrors error={action.error} />
        <TextArea
          label="Begründung der Teamleitung"
          name="note"
          required
          value={note}
          onChange={(e) => setNote(e.target.value)}
          errors={action.fieldErrors}
        />
        <div className="actions">
          <SubmitButton pending={action.pending}>Verlängerung genehmigen</SubmitButton>
          <ConfirmButton
            label="Verlängerung ablehnen"
            title="Verlängerung ablehnen?"
            confirmLabel="Ablehnen"
            pending={action.pending}
            onConfirm={() => decide(false)}
          >
            <p>
              Ohne genehmigte Verlängerung ist der Fall mit Erreichen der Höchstdauer zu beenden (Abgangsgrund „Ablauf
              Regelverweildauer“). Ihre Begründung wird dokumentiert.
            </p>
          </ConfirmButton>
        </div>
      </form>
    </div>
  );
}
