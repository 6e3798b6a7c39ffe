import { useState, type FormEvent, type ReactNode } from 'react';
import { api } from '../../../../api/client';
import { useAction } from '../../../../api/hooks';
import { Badge } from '../../../../ui/feedback';
import { ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from '../../../../ui/forms';
import { date, today } from '../../../../ui/format';
import { useCheckedForm } from './checkedForm';
import { SEGMENT, TARGET_GROUP, TARGET_GROUP_KEY_DATE } from './labels';
import {
  instructionProblems,
  invitationProblems,
  NEEDS_KEY_DATE,
  reviewProblems,
  targetGroupBody,
  targetGroupProblems,
} from './routing';
import type { FullCase, RoutingSection } from './types';

/** What the work list says is open for this case (kind → since), where it matters here. */
export interface OpenSteps {
  /** the handover to the market-near FM is due since */
  handoverDueSince?: string;
  /** the instruction after a reactivation from X, Y, Z is due since */
  instructionDueSince?: string;
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="case-facts__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Due({ day, done }: { day?: string; done: boolean }) {
  if (!day) return <>–</>;
  return (
    <>
      {date(day)} {!done && day < today() && <Badge tone="danger">überfällig</Badge>}
    </>
  );
}

/**
 * Betreuungsbereich (docs/domain.md §18; UCKERMARK 3, 4.1.1, 4.2, 6.6): which FM the case is with — for customers far
 * from or close to the labour market, or the FM U25 — and, after a handover to the market-near FM, the invitation,
 * the first talk and the individual review; the instruction on legal consequences after a reactivation from X, Y, Z.
 */
export function RoutingCard({
  view,
  routing,
  canAct,
  open: openSteps,
  onDone,
}: {
  view: FullCase;
  routing: RoutingSection;
  canAct: boolean;
  open: OpenSteps;
  onDone: (message: string) => void;
}) {
  const near = routing.segment === 'MARKET_NEAR';
  return (
    <section className="card" aria-labelledby="routing-heading">
      <h2 id="routing-heading">Betreuungsbereich</h2>
      <dl className="case-facts">
        <Row term="Betreuungsbereich">{SEGMENT[routing.segment] ?? routing.segment}</Row>
        {near && (
          <>
            <Row term="Übergabe an das arbeitsmarktnahe Fallmanagement am">{date(routing.handedOverOn)}</Row>
            <Row term="Schriftliche Einladung fällig bis">
              <Due day={routing.invitationDueOn} done={!!routing.invitationSentOn} />
            </Row>
            <Row term="Einladung versandt am">
              {routing.invitationSentOn ? date(routing.invitationSentOn) : 'noch nicht'}
            </Row>
            <Row term="Erstes Gespräch fällig bis">
              {date(routing.talkDueOn)}{' '}
              <span className="muted">– erfüllt mit dem ersten Kontakt nach der Übergabe</span>
            </Row>
            <Row term="Nächste Einzelfallprüfung am">
              <Due day={routing.reviewOn} done={false} />
            </Row>
          </>
        )}
        {routing.segment === 'U25' && (
          <>
            <Row term="Zielgruppe">
              {routing.targetGroup
                ? `${TARGET_GROUP[routing.targetGroup]} (seit ${date(routing.targetGroupSince)})`
                : 'noch nicht erfasst'}
            </Row>
            {routing.targetGroup && TARGET_GROUP_KEY_DATE[routing.targetGroup] && (
              <Row term={TARGET_GROUP_KEY_DATE[routing.targetGroup]}>{date(routing.targetGroupKeyDate)}</Row>
            )}
            {routing.targetGroupReviewOn && (
              <Row term="Zielgruppe erneut prüfen am">
                <Due day={routing.targetGroupReviewOn} done={false} />
              </Row>
            )}
          </>
        )}
        <Row term="Rechtsfolgenbelehrung bei Reaktivierung">
          {routing.reactivationInstructedOn ? `zuletzt am ${date(routing.reactivationInstructedOn)}` : 'noch keine'}
        </Row>
      </dl>
      {openSteps.handoverDueSince && (
        <p className="alert alert--warn">
          Nach dem Profiling vom {date(openSteps.handoverDueSince)} gehört die Kundin / der Kunde zum arbeitsmarktnahen
          Fallmanagement: bitte unverzüglich übergeben (unten unter „Übergabe im Jobcenter“).
        </p>
      )}
      {openSteps.instructionDueSince && (
        <p className="alert alert--warn">
          Reaktivierung aus den Kategorien X, Y oder Z am {date(openSteps.instructionDueSince)}: Die Kundin / der Kunde
          erhält eine vollständige Rechtsfolgenbelehrung wie in der Einstiegsberatung.
        </p>
      )}
      {canAct && near && !routing.invitationSentOn && <InvitationForm view={view} routing={routing} onDone={onDone} />}
      {canAct && near && <ReviewForm view={view} routing={routing} onDone={onDone} />}
      {canAct && routing.segment === 'U25' && <TargetGroupForm view={view} routing={routing} onDone={onDone} />}
      {canAct && <InstructionForm view={view} pendingSince={openSteps.instructionDueSince} onDone={onDone} />}
    </section>
  );
}

function InvitationForm({
  view,
  routing,
  onDone,
}: {
  view: FullCase;
  routing: RoutingSection;
  onDone: (message: string) => void;
}) {
  const [sentOn, setSentOn] = useState(today());
  const action = useAction(() =>
    api<FullCase>('intake', `/api/cases/${view.caseId}/market-near/invitation`, {
      method: 'POST',
      body: { sentOn },
    }),
  );
  const { formRef, ...form } = useCheckedForm(action);
  const id = (field: string) => `invitation-${field}`;
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!form.check(invitationProblems(sentOn, routing.handedOverOn, today()))) return;
    if (await action.run()) onDone(`Der Versand der schriftlichen Einladung am ${date(sentOn)} ist erfasst.`);
  }
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <h3>Einladung versandt</h3>
      <ErrorSummary error={form.error} labels={{ sentOn: 'Versandt am' }} fieldId={id} />
      <TextField
        label="Versandt am"
        name="sentOn"
        id={id('sentOn')}
        type="date"
        value={sentOn}
        required
        min={routing.handedOverOn}
        max={today()}
        onChange={(e) => setSentOn(e.target.value)}
        errors={form.errors}
        hint="Die schriftliche Einladung zum ersten Gespräch nach der Übergabe."
      />
      <div className="actions">
        <SubmitButton pending={action.pending}>Einladung versandt</SubmitButton>
      </div>
    </form>
  );
}

function ReviewForm({
  view,
  routing,
  onDone,
}: {
  view: FullCase;
  routing: RoutingSection;
  onDone: (message: string) => void;
}) {
  const [note, setNote] = useState('');
  const action = useAction(() =>
    api<FullCase>('intake', `/api/cases/${view.caseId}/market-near/review`, {
      method: 'POST',
      body: { note: note.trim() },
    }),
  );
  const { formRef, ...form } = useCheckedForm(action);
  const id = (field: string) => `review-${field}`;
  const due = !!routing.reviewOn && routing.reviewOn <= today();
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!form.check(reviewProblems(note))) return;
    const saved = await action.run();
    if (saved) {
      setNote('');
      onDone(
        `Die arbeitsmarktnahe Betreuung geht weiter. Nächste Einzelfallprüfung am ${date(saved.routing?.reviewOn)}.`,
      );
    }
  }
  return (
    <details open={due}>
      <summary>Betreuung fortführen (Einzelfallprüfung)</summary>
      <form ref={formRef} onSubmit={submit} noValidate>
        <p className="hint">
          Die Betreuung endet nicht automatisch. Soll sie enden, geben Sie den Fall mit Begründung an das
          arbeitsmarktferne Fallmanagement zurück (unter „Übergabe im Jobcenter“).
        </p>
        <ErrorSummary error={form.error} labels={{ note: 'Begründung' }} fieldId={id} />
        <TextArea
          label="Begründung"
          name="note"
          id={id('note')}
          value={note}
          required
          maxLength={2000}
          onChange={(e) => setNote(e.target.value)}
          errors={form.errors}
          hint="Warum die Betreuung im arbeitsmarktnahen Fallmanagement weitergeht, z. B. eine absehbare Integration."
        />
        <div className="actions">
          <SubmitButton pending={action.pending}>Betreuung fortführen</SubmitButton>
        </div>
      </form>
    </details>
  );
}

function InstructionForm({
  view,
  pendingSince,
  onDone,
}: {
  view: FullCase;
  pendingSince?: string;
  onDone: (message: string) => void;
}) {
  const [givenOn, setGivenOn] = useState(today());
  const action = useAction(() =>
    api<FullCase>('intake', `/api/cases/${view.caseId}/reactivation-instruction`, {
      method: 'POST',
      body: { givenOn },
    }),
  );
  const { formRef, ...form } = useCheckedForm(action);
  const id = (field: string) => `instruction-${field}`;
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!form.check(instructionProblems(givenOn, today()))) return;
    if (await action.run())
      onDone(`Die Rechtsfolgenbelehrung vom ${date(givenOn)} nach der Reaktivierung ist erfasst.`);
  }
  return (
    <details open={!!pendingSince}>
      <summary>Rechtsfolgenbelehrung bei Reaktivierung erfasst</summary>
      <form ref={formRef} onSubmit={submit} noValidate>
        <p className="hint">
          Nur nach einer Reaktivierung aus den Kategorien X, Y oder Z: die vollständige Belehrung über die Rechtsfolgen,
          wie in der Einstiegsberatung.
        </p>
        <ErrorSummary error={form.error} labels={{ givenOn: 'Belehrt am' }} fieldId={id} />
        <TextField
          label="Belehrt am"
          name="givenOn"
          id={id('givenOn')}
          type="date"
          value={givenOn}
          required
          min={pendingSince}
          max={today()}
          onChange={(e) => setGivenOn(e.target.value)}
          errors={form.errors}
        />
        <div className="actions">
          <SubmitButton pending={action.pending}>Belehrung erfassen</SubmitButton>
        </div>
      </form>
    </details>
  );
}

/**
 * The young customer's target group (UCKERMARK 5.2): the FM U25 records it and changes it when the customer moves
 * on; pupils with their expected end of school, graduates with the end of their training.
 */
function TargetGroupForm({
  view,
  routing,
  onDone,
}: {
  view: FullCase;
  routing: RoutingSection;
  onDone: (message: string) => void;
}) {
  const [targetGroup, setTargetGroup] = useState<string>(routing.targetGroup ?? '');
  const [keyDate, setKeyDate] = useState(routing.targetGroupKeyDate ?? '');
  const action = useAction(() =>
    api<FullCase>('intake', `/api/cases/${view.caseId}/u25-target-group`, {
      method: 'PUT',
      body: targetGroupBody(targetGroup, keyDate),
    }),
  );
  const { formRef, ...form } = useCheckedForm(action);
  const id = (field: string) => `target-group-${field}`;
  const keyLabel = TARGET_GROUP_KEY_DATE[targetGroup];
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!form.check(targetGroupProblems(targetGroup, keyDate))) return;
    const saved = await action.run();
    if (saved) {
      const review = saved.routing?.targetGroupReviewOn;
      onDone(
        `Die Zielgruppe „${TARGET_GROUP[targetGroup]}“ ist erfasst.` +
          (review ? ` Erneut prüfen am ${date(review)}.` : ''),
      );
    }
  }
  return (
    <details open={!routing.targetGroup}>
      <summary>{routing.targetGroup ? 'Zielgruppe ändern' : 'Zielgruppe erfassen'}</summary>
      <form ref={formRef} onSubmit={submit} noValidate>
        <ErrorSummary
          error={form.error}
          labels={{ targetGroup: 'Zielgruppe', keyDate: keyLabel ?? 'Stichtag' }}
          fieldId={id}
        />
        <SelectField
          label="Zielgruppe"
          name="targetGroup"
          id={id('targetGroup')}
          required
          value={targetGroup}
          placeholder="Bitte wählen"
          options={Object.entries(TARGET_GROUP).map(([value, label]) => ({ value, label }))}
          onChange={(e) => setTargetGroup(e.target.value)}
          errors={form.errors}
        />
        {NEEDS_KEY_DATE.includes(targetGroup) && (
          <TextField
            label={keyLabel}
            name="keyDate"
            id={id('keyDate')}
            type="date"
            value={keyDate}
            required
            onChange={(e) => setKeyDate(e.target.value)}
            errors={form.errors}
            hint={
              targetGroup === 'PUPIL'
                ? 'Im letzten Schulhalbjahr wird eine ausbildungsreife Schülerin / ein ausbildungsreifer Schüler ausbildungsuchend.'
                : 'Drei Monate vor dem Ende der Ausbildung steht ein Gespräch an; ohne Arbeit sechs Monate danach folgt die Vermittlung.'
            }
          />
        )}
        <div className="actions">
          <SubmitButton pending={action.pending}>Zielgruppe speichern</SubmitButton>
        </div>
      </form>
    </details>
  );
}
