import { useState } from 'react';
import { api } from '../../../api/client';
import { useResource } from '../../../api/hooks';
import { useSession } from '../../../auth/AuthContext';
import { Success } from '../../../ui/feedback';
import { useCase } from '../CaseFile';
import { AdmissionPanel } from './overview/AdmissionPanel';
import { CaseSummary } from './overview/CaseSummary';
import { DecisionsCard } from './overview/DecisionsCard';
import { DeclinePanel } from './overview/DeclinePanel';
import { DeputyCard } from './overview/DeputyCard';
import { EscalationPanel } from './overview/EscalationPanel';
import { FirstConsultationCard } from './overview/FirstConsultationCard';
import { ReferralCard } from './overview/ReferralCard';
import { fullCase, type DecisionLine } from './overview/types';

/** Überblick: customer, referral with its criteria, decisions, and the steps the case's status allows. */
export function Overview() {
  const { caseId, view: raw, reload } = useCase();
  const view = fullCase(raw);
  const session = useSession();
  const decisions = useResource((signal) => api<DecisionLine[]>('intake', `/api/cases/${caseId}/decisions`, { signal }), [caseId]);
  const [message, setMessage] = useState<string>();
  const done = (text: string) => {
    setMessage(text);
    reload();
    decisions.reload();
  };
  const fm = session.roles.includes('FM');
  const staff = fm || session.roles.includes('TL');
  const referringAv = session.roles.includes('AV') && view.referral.referredBy === session.subject;
  const open = view.status === 'ADMITTED' || view.status === 'ACTIVE';

  return (
    <>
      <h2 className="visually-hidden">Überblick</h2>
      {message && <Success>{message}</Success>}
      {view.status === 'REFERRED' && fm && (
        <div className="grid">
          <AdmissionPanel view={view} onDone={done} />
          <DeclinePanel view={view} onDone={done} />
        </div>
      )}
      {view.status === 'REFERRED' && !fm && (
        <p className="alert alert--info">Die Vormerkung wartet auf die Aufnahmeentscheidung des Fallmanagements im Team {view.teamId}.</p>
      )}
      {view.status === 'DECLINED' && !view.escalation && (referringAv
        ? <EscalationPanel view={view} onDone={done} />
        : <p className="alert alert--info">Das Fallmanagement hat die Vormerkung abgelehnt. Die vormerkende Arbeitsvermittlung ({view.referral.referredBy}) kann die Ablehnung einmalig der Teamleitung vorlegen.</p>)}
      {view.status === 'ESCALATED' && (
        <p className="alert alert--info">Die Ablehnung liegt der Teamleitung zur endgültigen Entscheidung vor.</p>
      )}
      <CaseSummary view={view} />
      {open && staff && (
        <div className="grid">
          <FirstConsultationCard view={view} onDone={done} />
          <DeputyCard view={view} onDone={done} />
        </div>
      )}
      <ReferralCard view={view} />
      <DecisionsCard resource={decisions} />
    </>
  );
}
