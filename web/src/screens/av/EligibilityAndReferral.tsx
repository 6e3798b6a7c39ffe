import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useAction, useResource } from '../../api/hooks';
import { SubmitButton } from '../../ui/forms';
import { Success } from '../../ui/feedback';
import { date } from '../../ui/format';
import type { EligibilityView } from '../../api/types';
import { loadPolicy } from '../../domain/policy';
import type { NonReferralView, ReferralView } from './avTypes';
import { CustomerFields } from './CustomerFields';
import { EligibilityResult } from './EligibilityResult';
import { ErrorSummary } from './ErrorSummary';
import { EMPTY_CUSTOMER, EMPTY_FACTS, customerInput, factsInput, fieldErrorsOf } from './facts';
import { FactsFields } from './FactsFields';
import { AGE_GROUP, CASE_STATUS, label } from '../../domain/labels';
import { NON_REFERRAL_REASON } from './labels';
import { NonReferralForm, type NonReferralDetails } from './NonReferralForm';
import { ReferralForm, type ReferralDetails } from './ReferralForm';
import './av.css';
import { usePageTitle } from '../../ui/pageTitle';

type Step = 'check' | 'referral' | 'nonReferral';

export function EligibilityAndReferral() {
  usePageTitle('Zugangsprüfung & Vormerkung');
  const policy = useResource(['intake', 'policy'], (signal) => loadPolicy(signal));
  const [customer, setCustomer] = useState(EMPTY_CUSTOMER);
  const [facts, setFacts] = useState(EMPTY_FACTS);
  const [result, setResult] = useState<EligibilityView>();
  const [checkedFacts, setCheckedFacts] = useState<string>();
  const [referred, setReferred] = useState<ReferralView>();
  const [nonReferred, setNonReferred] = useState<NonReferralView>();
  const [last, setLast] = useState<Step>();
  const [round, setRound] = useState(0);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const checkRequest = () => ({ customerNumber: customer.customerNumber.trim() || null, facts: factsInput(facts) });
  const check = useAction(() =>
    api<EligibilityView>('intake', '/api/eligibility-checks', { method: 'POST', body: checkRequest() }),
  );
  const referral = useAction((d: ReferralDetails) =>
    api<ReferralView>('intake', '/api/referrals', {
      method: 'POST',
      body: { ...customerInput(customer), ...d, facts: factsInput(facts) },
    }),
  );
  const nonReferral = useAction((d: NonReferralDetails) =>
    api<NonReferralView>('intake', '/api/non-referrals', {
      method: 'POST',
      body: { ...customerInput(customer), ...d, facts: factsInput(facts) },
    }),
  );

  // Whichever request ran last names the customer and fact fields its violations belong to.
  const lastAction = last === 'referral' ? referral : last === 'nonReferral' ? nonReferral : check;
  const fieldErrors = fieldErrorsOf(lastAction.error);
  const done = referred !== undefined || nonReferred !== undefined;
  const stale = result !== undefined && checkedFacts !== JSON.stringify(factsInput(facts));

  useEffect(() => {
    if (result && last === 'check') resultHeading.current?.focus();
  }, [result, last]);

  async function runCheck(e: FormEvent) {
    e.preventDefault();
    setLast('check');
    const answer = await check.run();
    if (answer) {
      setResult(answer);
      setCheckedFacts(JSON.stringify(factsInput(facts)));
    }
  }

  async function refer(details: ReferralDetails) {
    setLast('referral');
    const answer = await referral.run(details);
    if (answer) {
      setReferred(answer);
      setResult(answer.eligibility);
    }
  }

  async function recordNonReferral(details: NonReferralDetails) {
    setLast('nonReferral');
    const answer = await nonReferral.run(details);
    if (answer) setNonReferred(answer);
  }

  function startOver() {
    setCustomer(EMPTY_CUSTOMER);
    setFacts(EMPTY_FACTS);
    setResult(undefined);
    setReferred(undefined);
    setNonReferred(undefined);
    setLast(undefined);
    check.reset();
    referral.reset();
    nonReferral.reset();
    setRound((r) => r + 1);
    window.scrollTo({ top: 0 });
  }

  const p = policy.data;
  return (
    <div key={round}>
      <h1>Zugangsprüfung &amp; Vormerkung</h1>
      <p className="lead">
        Prüfen Sie die Zugangskriterien nach der Richtlinie des Jobcenters und merken Sie die Kundin / den Kunden für
        das Fallmanagement vor – oder dokumentieren Sie, warum nicht.
      </p>
      {p && (
        <p className="hint">
          Richtlinie: {p.presetCode}
          {p.basePreset && p.basePreset !== p.presetCode ? ` (auf Basis von ${p.basePreset})` : ''}, Version {p.version}
        </p>
      )}

      <form onSubmit={runCheck} noValidate aria-label="Zugangsprüfung">
        <section className="card" aria-labelledby="step-customer">
          <h2 id="step-customer">1. Kundin / Kunde</h2>
          <CustomerFields value={customer} onChange={setCustomer} errors={fieldErrors} disabled={done} />
        </section>
        <section className="card" aria-labelledby="step-facts">
          <h2 id="step-facts">2. Angaben zur Zugangsprüfung</h2>
          <FactsFields value={facts} onChange={setFacts} errors={fieldErrors} policy={p} disabled={done} />
          <ErrorSummary error={check.error} />
          {!done && (
            <div className="actions">
              <SubmitButton pending={check.pending} pendingLabel="Wird geprüft …">
                Zugangsprüfung durchführen
              </SubmitButton>
            </div>
          )}
        </section>
      </form>

      {result && (
        <section className="card" aria-labelledby="step-result">
          <h2 id="step-result" ref={resultHeading} tabIndex={-1}>
            3. Ergebnis der Zugangsprüfung
          </h2>
          {stale && !done && (
            <div className="alert alert--warn">
              Die Angaben wurden seit der Prüfung geändert – bitte die Zugangsprüfung erneut durchführen.
            </div>
          )}
          <EligibilityResult result={result} />
        </section>
      )}

      <section className="card" aria-labelledby="step-decision">
        <h2 id="step-decision">{result ? '4.' : '3.'} Entscheidung</h2>
        {referred ? (
          <div data-testid="referral-success" data-case-id={referred.caseId}>
            <Success>
              <p>
                <strong>Vorgemerkt.</strong> {referred.caseFile.customer.firstName}{' '}
                {referred.caseFile.customer.lastName} ist für das Fallmanagement vorgemerkt (Status:{' '}
                {label(CASE_STATUS, referred.status)}, Team {referred.caseFile.teamId},{' '}
                {label(AGE_GROUP, referred.caseFile.ageGroup)}).
              </p>
              <p>
                Das FM-Team entscheidet über die Aufnahme. <Link to="/av">Zur Liste „Meine Kundinnen und Kunden“</Link>
              </p>
            </Success>
          </div>
        ) : nonReferred ? (
          <div data-testid="non-referral-success">
            <Success>
              <p>
                <strong>Nichtvormerkung dokumentiert</strong> ({label(NON_REFERRAL_REASON, nonReferred.reason)}).
              </p>
              <p>
                {nonReferred.recheckDueOn ? (
                  <>
                    Wiedervorlage spätestens am <strong>{date(nonReferred.recheckDueOn)}</strong>.{' '}
                  </>
                ) : (
                  'Die Richtlinie sieht keine Wiedervorlage vor. '
                )}
                <Link to="/av/nichtvormerkungen">Zu den Wiedervorlagen</Link>
              </p>
            </Success>
          </div>
        ) : (
          <>
            {!result && (
              <p className="hint">
                Führen Sie zuerst die Zugangsprüfung durch; die erfüllten Zugangsgründe werden dann vorgeschlagen.
              </p>
            )}
            <ReferralForm action={referral} onSubmit={refer} result={result} policy={p} />
            <details className="av-details">
              <summary>Nichtvormerkung: Kriterien erfüllt, aber keine Vormerkung</summary>
              <NonReferralForm action={nonReferral} onSubmit={recordNonReferral} policy={p} />
            </details>
          </>
        )}
        {done && (
          <div className="actions">
            <button type="button" className="button" onClick={startOver}>
              Weitere Kundin / weiteren Kunden prüfen
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
