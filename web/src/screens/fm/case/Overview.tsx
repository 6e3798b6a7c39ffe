import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { api } from '../../../api/client';
import type { Page } from '../../../api/types';
import { useResource } from '../../../api/hooks';
import { useSession } from '../../../auth/AuthContext';
import { Success } from '../../../ui/feedback';
import { useCase } from '../CaseFile';
import type { IntakeDeadline } from '../home/types';
import { AdmissionPanel } from './overview/AdmissionPanel';
import { BenefitCard } from './overview/BenefitCard';
import { CaseSummary } from './overview/CaseSummary';
import { DecisionsCard } from './overview/DecisionsCard';
import { DeclinePanel } from './overview/DeclinePanel';
import { DeputyCard } from './overview/DeputyCard';
import { EscalationPanel } from './overview/EscalationPanel';
import { FirstConsultationCard } from './overview/FirstConsultationCard';
import { NextSection } from './overview/NextSection';
import { tabsFor } from '../caseTabs';
import { ReferralCard } from './overview/ReferralCard';
import { RoutingCard, type OpenSteps } from './overview/RoutingCard';
import { TransferCard } from './overview/TransferCard';
import { fullCase, type DecisionLine } from './overview/types';

/** Überblick: customer, referral with its criteria, decisions, and the steps the case's status allows. */
export function Overview() {
  const { caseId, view: raw } = useCase();
  const view = fullCase(raw);
  const session = useSession();
  const decisions = useResource(['intake', 'cases', caseId, 'decisions'], (signal) =>
    api<DecisionLine[]>('intake', `/api/cases/${caseId}/decisions`, { signal }),
  );
  const [message, setMessage] = useState<string>();
  const [saves, setSaves] = useState(0);
  const messageRef = useRef<HTMLDivElement>(null);
  // CaseFile sends a direct link to an area this case does not have yet here, naming the area
  // (only while the case still lacks it: after an admission on this page the areas are there)
  const hiddenTab = (useLocation().state as { hiddenTab?: string } | null)?.hiddenTab;
  const showHiddenTab = !!hiddenTab && tabsFor(raw.status).length === 1;
  const fm = session.roles.includes('FM');
  const teamLead = session.roles.includes('TL');
  const staff = fm || teamLead;
  const referringAv = session.roles.includes('AV') && view.referral.referredBy === session.subject;
  const open = view.status === 'ADMITTED' || view.status === 'ACTIVE';
  // the steps of the routing the work list knows to be open (overdue or due today), for this case only
  const routed = open && staff && !!view.routing;
  const openSteps = useResource(['intake', 'cases', caseId, 'open-steps', { routed }], (signal) =>
    routed
      ? api<Page<IntakeDeadline>>('intake', '/api/deadlines', { query: { withinDays: 0, size: 200 }, signal }).then(
          (page) => stepsOf(page.items ?? [], caseId),
        )
      : Promise.resolve<OpenSteps>({}),
  );
  // the AV, the FM or the team lead records the benefit decision once, from the referral on — where the policy
  // counts a deadline from it (it routes between FMs); elsewhere a recorded date is only shown
  const canRecordBenefit =
    !!view.routing &&
    (staff || session.roles.includes('AV')) &&
    (open || view.status === 'REFERRED') &&
    !view.referral.benefitDecisionOn;
  const showBenefit = canRecordBenefit || !!(view.referral.applicationOn || view.referral.benefitDecisionOn);
  const done = (text: string) => {
    setMessage(text);
    setSaves((n) => n + 1);
  };
  // after a save the form may be gone: the message takes the focus, so nobody is left on a vanished control
  useEffect(() => {
    if (saves > 0) messageRef.current?.focus();
  }, [saves]);

  return (
    <>
      <h2 className="visually-hidden">Überblick</h2>
      {showHiddenTab && (
        <p className="alert alert--info" data-testid="hidden-tab">
          Den Bereich „{hiddenTab}“ gibt es nur für Fälle, die in das Fallmanagement aufgenommen sind. Hier sehen Sie
          den Überblick.
        </p>
      )}
      {open && staff && <NextSection key={saves} view={view} />}
      {message && (
        <div ref={messageRef} tabIndex={-1}>
          <Success>{message}</Success>
        </div>
      )}
      {view.status === 'REFERRED' && fm && (
        <div className="grid">
          <AdmissionPanel view={view} onDone={done} />
          <DeclinePanel view={view} onDone={done} />
        </div>
      )}
      {view.status === 'REFERRED' && !fm && (
        <p className="alert alert--info">
          Die Vormerkung wartet auf die Aufnahmeentscheidung des Fallmanagements im Team {view.teamId}.
        </p>
      )}
      {view.status === 'DECLINED' &&
        !view.escalation &&
        (referringAv ? (
          <EscalationPanel view={view} onDone={done} />
        ) : (
          <p className="alert alert--info">
            Das Fallmanagement hat die Vormerkung abgelehnt. Die vormerkende Arbeitsvermittlung (
            {view.referral.referredBy}) kann die Ablehnung einmalig der Teamleitung vorlegen.
          </p>
        ))}
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
      {(showBenefit || view.routing) && (
        <div className="grid">
          {showBenefit && <BenefitCard view={view} onDone={done} canRecord={canRecordBenefit} />}
          {view.routing && (
            <RoutingCard
              view={view}
              routing={view.routing}
              canAct={open && staff}
              open={openSteps.data ?? {}}
              onDone={done}
            />
          )}
        </div>
      )}
      {open && staff && <TransferCard view={view} teamLead={teamLead} onDone={done} />}
      <ReferralCard view={view} />
      <DecisionsCard resource={decisions} />
    </>
  );
}

/** The open routing steps of one case among the work list's deadlines: kind → the day it became due. */
function stepsOf(deadlines: IntakeDeadline[], caseId: string): OpenSteps {
  const steps: OpenSteps = {};
  for (const d of deadlines) {
    if (d.caseId !== caseId) continue;
    if (d.kind === 'MARKET_NEAR_HANDOVER') steps.handoverDueSince = d.dueOn;
    if (d.kind === 'REACTIVATION_INSTRUCTION') steps.instructionDueSince = d.dueOn;
  }
  return steps;
}
