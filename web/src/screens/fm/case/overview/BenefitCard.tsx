import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction } from '../../../../api/hooks';
import { ErrorSummary, SubmitButton, TextField } from '../../../../ui/forms';
import { date, today } from '../../../../ui/format';
import { useCheckedForm } from './checkedForm';
import { benefitDecisionProblems } from './routing';
import type { FullCase } from './types';

const LABELS: Record<string, string> = { decidedOn: 'Tag der Bewilligung' };
const fieldId = (field: string) => `benefit-${field}`;

/**
 * Leistungsantrag: the day the complete application was handed in and the benefit decision, from which the first
 * talk is due where the policy routes between FMs (docs/domain.md §18.2, §18.3; UCKERMARK 3, 4.1). The AV, the FM
 * and the team lead record the decision once, as the benefits officer reports it.
 */
export function BenefitCard({
  view,
  canRecord,
  onDone,
}: {
  view: FullCase;
  canRecord: boolean;
  onDone: (message: string) => void;
}) {
  const r = view.referral;
  const [decidedOn, setDecidedOn] = useState('');
  const action = useAction(() =>
    api<FullCase>('intake', `/api/cases/${view.caseId}/benefit-decision`, {
      method: 'POST',
      body: { decidedOn },
    }),
  );
  const { formRef, ...form } = useCheckedForm(action);
  const recordable = canRecord && !r.benefitDecisionOn;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!form.check(benefitDecisionProblems(decidedOn, r.applicationOn, today()))) return;
    const saved = await action.run();
    if (saved) {
      onDone(
        saved.referral.firstTalkDueOn
          ? `Die Bewilligung vom ${date(decidedOn)} ist erfasst. Das Erstgespräch ist bis ${date(saved.referral.firstTalkDueOn)} fällig.`
          : `Die Bewilligung vom ${date(decidedOn)} ist erfasst.`,
      );
    }
  }

  return (
    <section className="card" aria-labelledby="benefit-heading">
      <h2 id="benefit-heading">Leistungsantrag</h2>
      <dl className="case-facts">
        <div className="case-facts__row">
          <dt>Antragstellung</dt>
          <dd>{r.applicationOn ? date(r.applicationOn) : 'nicht erfasst'}</dd>
        </div>
        <div className="case-facts__row">
          <dt>Bewilligung der Leistungen</dt>
          <dd>{r.benefitDecisionOn ? date(r.benefitDecisionOn) : 'noch nicht erfasst'}</dd>
        </div>
        {r.firstTalkDueOn && (
          <div className="case-facts__row">
            <dt>Erstgespräch fällig bis</dt>
            <dd>
              {date(r.firstTalkDueOn)}{' '}
              <span className="muted">– erfüllt mit dem ersten Kontakt mit der Kundin / dem Kunden</span>
            </dd>
          </div>
        )}
      </dl>
      {recordable && (
        <form ref={formRef} onSubmit={submit} noValidate>
          <h3>Bewilligung erfassen</h3>
          <ErrorSummary error={form.error} labels={LABELS} fieldId={fieldId} />
          <TextField
            label={LABELS.decidedOn}
            name="decidedOn"
            id={fieldId('decidedOn')}
            type="date"
            value={decidedOn}
            required
            min={r.applicationOn}
            max={today()}
            onChange={(e) => setDecidedOn(e.target.value)}
            errors={form.errors}
            hint={
              view.routing
                ? 'Wie die Leistungssachbearbeitung sie mitteilt. Ab diesem Tag läuft die Frist für das Erstgespräch. Nur einmal zu erfassen.'
                : 'Wie die Leistungssachbearbeitung sie mitteilt. Nur einmal zu erfassen.'
            }
          />
          <div className="actions">
            <SubmitButton pending={action.pending}>Bewilligung erfassen</SubmitButton>
          </div>
        </form>
      )}
    </section>
  );
}
