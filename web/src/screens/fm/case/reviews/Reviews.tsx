import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction, useMessage } from '../../../../api/hooks';
import { FormErrors, SelectField, SubmitButton, TextArea, TextField } from '../../../../ui/forms';
import { Badge, Empty, Success } from '../../../../ui/feedback';
import { date, today } from '../../../../ui/format';
import { plusMonths } from '../plan/types';
import type { PolicySettings } from '../../../../domain/policy';
import { label, options, PROGNOSIS } from '../../../../domain/labels';
import type { ReviewView } from '../../../../api/types';
import { BASIS_LABEL, DECISION_LABEL, EXTENSION_LABEL } from './types';

const EXTENSION_RULE: Record<string, string> = {
  TEAM_LEAD_APPROVAL: 'Über die Höchstdauer hinaus nur mit Zustimmung der Teamleitung (Verlängerung beantragen).',
  DOCUMENTED_REASONS: 'Über die Höchstdauer hinaus mit dokumentierten Gründen.',
  NONE: 'Ihre Richtlinie sieht keine Verlängerung über die Höchstdauer vor.',
};

/** Maximum duration and the next review: a warning three months ahead, an error once passed. */
export function DurationPanel({
  admittedOn,
  maxDurationEndsOn,
  extensionUntil,
  nextReviewDueOn,
  policy,
}: {
  admittedOn?: string;
  maxDurationEndsOn?: string;
  extensionUntil?: string;
  nextReviewDueOn?: string;
  policy?: PolicySettings;
}) {
  const now = today();
  const end =
    extensionUntil && maxDurationEndsOn && extensionUntil > maxDurationEndsOn ? extensionUntil : maxDurationEndsOn;
  const passed = end !== undefined && end <= now;
  const soon = end !== undefined && !passed && plusMonths(now, 3) >= end;
  return (
    <section
      aria-labelledby="duration-heading"
      className={`card status-panel status-panel--${passed ? 'danger' : soon ? 'warn' : 'ok'}`}
    >
      <h2 id="duration-heading">Betreuungsdauer und Fortführungsprüfung</h2>
      <div className="kpis">
        <div className="kpi">
          <span className="kpi__value">{date(nextReviewDueOn)}</span>
          <span className="kpi__label">
            nächste Fortführungsprüfung fällig{nextReviewDueOn && nextReviewDueOn < now ? ' – überfällig' : ''}
          </span>
        </div>
        <div className="kpi">
          <span className="kpi__value">{date(maxDurationEndsOn)}</span>
          <span className="kpi__label">
            Höchstdauer endet{policy?.maxDurationMonths ? ` (${policy.maxDurationMonths} Monate ab Aufnahme)` : ''}
          </span>
        </div>
        <div className="kpi">
          <span className="kpi__value">{date(extensionUntil)}</span>
          <span className="kpi__label">genehmigte Verlängerung bis</span>
        </div>
        <div className="kpi">
          <span className="kpi__value">{date(admittedOn)}</span>
          <span className="kpi__label">aufgenommen am</span>
        </div>
      </div>
      {passed && (
        <p className="alert alert--error">
          Die Höchstdauer ist erreicht. {EXTENSION_RULE[policy?.maxDurationExtension ?? ''] ?? ''}
          {policy?.aghContinuesBeyondMaxDuration
            ? ' Während einer Arbeitsgelegenheit (§ 16d) geht es weiter.'
            : ''}{' '}
          Sonst ist der Fall zu beenden.
        </p>
      )}
      {soon && (
        <p className="alert alert--warn">
          Die Höchstdauer endet am {date(end)} – in weniger als drei Monaten.{' '}
          {EXTENSION_RULE[policy?.maxDurationExtension ?? ''] ?? ''}
        </p>
      )}
      <p className="hint">
        Alle {policy?.continuationReviewMonths ?? 6} Monate werden die Gründe für die Fortführung und die
        Erfolgsaussichten dokumentiert.
      </p>
    </section>
  );
}

function TeamLeadDecision({ caseId, review }: { caseId: string; review: ReviewView }) {
  const [approve, setApprove] = useState('');
  const [note, setNote] = useState('');
  const decide = useAction(() =>
    api<ReviewView>('planning', `/api/cases/${caseId}/continuation-reviews/${review.id}/decision`, {
      method: 'POST',
      body: { approve: approve === '' ? null : approve === 'yes', note },
    }),
  );
  async function submit(e: FormEvent) {
    e.preventDefault();
    await decide.run();
  }
  return (
    <form onSubmit={submit} noValidate className="inline-form">
      <FormErrors error={decide.error} />
      <div className="row row--top">
        <SelectField
          label="Entscheidung der Teamleitung"
          name="approve"
          errors={decide.fieldErrors}
          placeholder="– bitte wählen –"
          options={[
            { value: 'yes', label: 'Verlängerung genehmigen' },
            { value: 'no', label: 'Verlängerung ablehnen' },
          ]}
          value={approve}
          onChange={(e) => setApprove(e.target.value)}
        />
        <TextArea
          label="Begründung der Teamleitung"
          name="note"
          errors={decide.fieldErrors}
          rows={2}
          required
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <SubmitButton pending={decide.pending}>Entscheidung speichern</SubmitButton>
    </form>
  );
}

export function ReviewList({
  caseId,
  reviews,
  teamLead,
}: {
  caseId: string;
  reviews: ReviewView[];
  teamLead: boolean;
}) {
  if (reviews.length === 0) return <Empty>Noch keine Fortführungsprüfung dokumentiert.</Empty>;
  const sorted = [...reviews].sort(
    (a, b) => b.reviewedOn.localeCompare(a.reviewedOn) || b.recordedAt.localeCompare(a.recordedAt),
  );
  return (
    <ul className="note-list">
      {sorted.map((r) => {
        const ext = EXTENSION_LABEL[r.extension] ?? { label: r.extension, tone: 'neutral' as const };
        return (
          <li key={r.id} className="plan-row">
            <p>
              <strong>
                {date(r.reviewedOn)}: {label(DECISION_LABEL, r.decision)}
              </strong>{' '}
              {r.decision === 'EXTEND' && <Badge tone={ext.tone}>Verlängerung {ext.label}</Badge>}
            </p>
            <p className="muted">
              Erfolgsaussichten: {label(PROGNOSIS, r.prognosis)} · Grundlage: {label(BASIS_LABEL, r.basis)}
              {r.extendedUntil ? ` · verlängert bis ${date(r.extendedUntil)}` : ''} · nächste Prüfung:{' '}
              {date(r.nextReviewDueOn)} · {r.reviewedBy}
            </p>
            {r.reasons && <p className="note-text">{r.reasons}</p>}
            {r.decidedBy && (
              <p className="muted">
                Entscheidung der Teamleitung ({r.decidedBy}): {r.decisionNote ?? '–'}
              </p>
            )}
            {r.extension === 'REQUESTED' &&
              (teamLead ? (
                <TeamLeadDecision caseId={caseId} review={r} />
              ) : (
                <p className="hint">Die Teamleitung entscheidet über die beantragte Verlängerung.</p>
              ))}
          </li>
        );
      })}
    </ul>
  );
}

export function ReviewForm({ caseId }: { caseId: string }) {
  const [reviewedOn, setReviewedOn] = useState(today());
  const [decision, setDecision] = useState('CONTINUE');
  const [reasons, setReasons] = useState('');
  const [prognosis, setPrognosis] = useState('');
  const [extendedUntil, setExtendedUntil] = useState('');
  const [recorded, setRecorded] = useMessage<ReviewView>();
  const record = useAction(() =>
    api<ReviewView>('planning', `/api/cases/${caseId}/continuation-reviews`, {
      method: 'POST',
      body: {
        reviewedOn,
        decision,
        reasons: reasons || null,
        prognosis: prognosis || null,
        extendedUntil: decision === 'EXTEND' ? extendedUntil || null : null,
      },
    }),
  );
  async function submit(e: FormEvent) {
    e.preventDefault();
    setRecorded(undefined);
    const r = await record.run();
    if (r) {
      setRecorded(r);
      setReasons('');
    }
  }
  const closing = decision === 'CLOSE';
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors error={record.error} />
      <div className="row row--top">
        <TextField
          label="Datum der Prüfung"
          type="date"
          name="reviewedOn"
          errors={record.fieldErrors}
          value={reviewedOn}
          max={today()}
          onChange={(e) => setReviewedOn(e.target.value)}
        />
        <SelectField
          label="Ergebnis der Prüfung"
          name="decision"
          errors={record.fieldErrors}
          options={options(DECISION_LABEL)}
          value={decision}
          onChange={(e) => setDecision(e.target.value)}
        />
        <SelectField
          label="Erfolgsaussichten"
          name="prognosis"
          errors={record.fieldErrors}
          options={options(PROGNOSIS)}
          placeholder="– bitte wählen –"
          value={prognosis}
          required={!closing}
          onChange={(e) => setPrognosis(e.target.value)}
        />
        {decision === 'EXTEND' && (
          <TextField
            label="Verlängerung bis"
            type="date"
            name="extendedUntil"
            errors={record.fieldErrors}
            value={extendedUntil}
            required
            hint="nach dem Ende der Höchstdauer, höchstens 12 Monate nach der Prüfung"
            onChange={(e) => setExtendedUntil(e.target.value)}
          />
        )}
      </div>
      <TextArea
        label={closing ? 'Begründung' : 'Gründe für die Fortführung'}
        name="reasons"
        errors={record.fieldErrors}
        rows={3}
        required={!closing}
        value={reasons}
        onChange={(e) => setReasons(e.target.value)}
      />
      {recorded && (
        <Success>
          Prüfung vom {date(recorded.reviewedOn)} dokumentiert
          {recorded.nextReviewDueOn ? `; nächste Prüfung bis ${date(recorded.nextReviewDueOn)}` : ''}.
          {recorded.extension === 'REQUESTED' && ' Die Verlängerung ist beantragt – die Teamleitung entscheidet.'}
          {recorded.extension === 'APPROVED' && ` Verlängert bis ${date(recorded.extendedUntil)}.`}
        </Success>
      )}
      <div className="actions">
        <SubmitButton pending={record.pending}>Fortführungsprüfung speichern</SubmitButton>
      </div>
    </form>
  );
}
