import { useState } from 'react';
import { api } from '../../../api/client';
import { useMessage, useResource } from '../../../api/hooks';
import { Loaded, Loading, Success } from '../../../ui/feedback';
import { date, dateTime, today } from '../../../ui/format';
import { useCase } from '../CaseFile';
import { AgreementDocument, AgreementList } from './plan/Agreements';
import { AgreementForm } from './plan/AgreementForm';
import { useNeedLabels, usePartners, usePolicy, type NeedLabels } from './plan/lookups';
import { PlanForm } from './plan/PlanForm';
import { AGREEMENT_TYPE } from '../../../domain/labels';
import { legalFormOn, plusMonths, type AgreementView, type LegalForm, type PlanView } from './plan/types';
import './plan/plan.css';

function PlanStatus({ plan, labels }: { plan: PlanView; labels: NeedLabels }) {
  const needs = plan.needs ?? [];
  const missing = plan.needsWithoutStrategy ?? [];
  if (needs.length === 0) {
    return (
      <div className="alert alert--info" role="status">
        Aus dem Profiling sind noch keine Handlungsbedarfe bekannt. Schließen Sie zuerst das Profiling ab; dann
        erscheint hier je Handlungsbedarf ein Feld für die Strategie.
      </div>
    );
  }
  if (plan.complete) {
    return (
      <div className="alert alert--success" role="status">
        Plan vollständig: Leitziel mit Zielkategorie und eine Strategie für jeden offenen Handlungsbedarf.
      </div>
    );
  }
  return (
    <div className="alert alert--warn" role="status" data-testid="plan-incomplete">
      <strong>Plan unvollständig</strong>
      <ul>
        {missing.map((n) => (
          <li key={n.needId}>
            Handlungsbedarf „{labels.need(n.code)}“ ({labels.keyGroup(n.keyGroup)}) hat keine Strategie
          </li>
        ))}
        {!plan.leadGoal?.targetCategory && <li>Leitziel mit Zielkategorie fehlt</li>}
      </ul>
    </div>
  );
}

export function PlanTab() {
  const { caseId, view } = useCase();
  const labels = useNeedLabels(view.ageGroup);
  const policy = usePolicy();
  const partners = usePartners();
  const plan = useResource(['planning', 'cases', caseId, 'plan'], (signal) =>
    api<PlanView>('planning', `/api/cases/${caseId}/plan`, { signal }),
  );
  const agreements = useResource(['planning', 'cases', caseId, 'agreements'], (signal) =>
    api<AgreementView[]>('planning', `/api/cases/${caseId}/agreements`, { signal }),
  );
  const [shownDocument, setShownDocument] = useState<string>();
  const [concluded, setConcluded] = useMessage<AgreementView>();
  const closed = view.status === 'CLOSED';
  const forms = useResource(['planning', 'agreement-legal-forms'], (signal) =>
    api<LegalForm[]>('planning', '/api/agreement-legal-forms', { signal }),
  );
  const maxMonths = policy.data?.settings.agreementMaxValidityMonths ?? null;
  const formToday = legalFormOn(forms.data ?? [], today());
  const minor = plusMonths(view.customer.dateOfBirth, 18 * 12) > today();

  return (
    <div className="stack">
      <section aria-labelledby="plan-heading" className="card">
        <h2 id="plan-heading">Integrationsplan</h2>
        <Loaded resource={plan} label="Plan wird geladen …">
          {(p) => (
            <>
              <PlanStatus plan={p} labels={labels} />
              <p className="muted">
                {p.updatedAt
                  ? `Zuletzt gespeichert am ${dateTime(p.updatedAt)} von ${p.updatedBy ?? '–'} (Version ${p.version}).`
                  : 'Noch nicht gespeichert.'}{' '}
                Ein unvollständiger Plan kann gespeichert werden; für die Vereinbarung muss er vollständig sein.
              </p>
              {closed ? (
                <p className="alert alert--info">
                  Der Fall ist abgeschlossen; der Plan kann nicht mehr geändert werden.
                </p>
              ) : (
                <PlanForm caseId={caseId} plan={p} labels={labels} partners={partners.data ?? []} />
              )}
            </>
          )}
        </Loaded>
      </section>

      <section aria-labelledby="agreements-heading" className="card">
        <h2 id="agreements-heading">{formToday?.title ?? 'Vereinbarung'}</h2>
        <p className="hint">
          Hält die Aufnahme ins Fallmanagement, die Leistungen des Jobcenters und die Bemühungen der Kundin / des Kunden
          fest. Sie wird spätestens nach {formToday?.reviewWithinMonths ?? 6} Monaten gemeinsam überprüft und auf
          Grundlage eines neuen Profilings fortgeschrieben.{' '}
          {maxMonths
            ? `Nach der Richtlinie Ihres Jobcenters gilt sie höchstens ${maxMonths} Monate.`
            : 'Die Richtlinie Ihres Jobcenters begrenzt ihre Gültigkeit nicht.'}
        </p>
        {concluded && (
          <Success>
            {AGREEMENT_TYPE[concluded.type] ?? concluded.type} vom {date(concluded.agreedOn)} abgeschlossen
            {concluded.reviewOn ? `, gemeinsame Überprüfung spätestens am ${date(concluded.reviewOn)}` : ''}
            {concluded.validUntil ? `, gültig bis ${date(concluded.validUntil)}` : ''}. Das Dokument steht unten zum
            Ausdrucken bereit.
          </Success>
        )}
        <Loaded resource={agreements} label="Vereinbarungen werden geladen …">
          {(list) => <AgreementList agreements={list} selected={shownDocument} onSelect={setShownDocument} />}
        </Loaded>
        {shownDocument && (
          <>
            <h3>Dokument zum Ausdrucken</h3>
            <AgreementDocument caseId={caseId} agreementId={shownDocument} />
          </>
        )}
        {!closed && (
          <section aria-labelledby="agreement-form-heading">
            <h3 id="agreement-form-heading">Vereinbarung abschließen</h3>
            {(policy.loading && !policy.data) || !forms.data ? (
              <Loading label="Richtlinie wird geladen …" />
            ) : (
              <AgreementForm
                caseId={caseId}
                forms={forms.data}
                maxMonths={maxMonths}
                minor={minor}
                labels={labels}
                onConcluded={(a) => {
                  setConcluded(a);
                  setShownDocument(a.id);
                }}
              />
            )}
          </section>
        )}
      </section>
    </div>
  );
}
