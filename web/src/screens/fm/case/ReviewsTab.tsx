import { api } from '../../../api/client';
import { answer, planning } from '../../../api/typed';
import { useResource } from '../../../api/hooks';
import type { ReviewView } from '../../../api/types';
import { useSession } from '../../../auth/AuthContext';
import { Loaded } from '../../../ui/feedback';
import { useCase } from '../CaseFile';
import { usePartners, usePolicy } from './plan/lookups';
import { plusMonths } from './plan/types';
import { MeasureForm, MeasureList, type ConferenceDates } from './reviews/Measures';
import { DutyDemandForm, DutyDemandList, OfferForm, OfferList } from './reviews/Duties';
import { ReductionCheckForm, ReductionCheckList, citableGrounds } from './reviews/ReductionChecks';
import { DurationPanel, ReviewForm, ReviewList } from './reviews/Reviews';
import type { DutyDemandView, OfferView, ReductionCheckView } from './reviews/types';
import './plan/plan.css';

export function ReviewsTab() {
  const { caseId, view } = useCase();
  const session = useSession();
  const policy = usePolicy();
  const partners = usePartners();
  const reviews = useResource(['planning', 'cases', caseId, 'continuation-reviews'], (signal) =>
    api<ReviewView[]>('planning', `/api/cases/${caseId}/continuation-reviews`, { signal }),
  );
  const measures = useResource(['planning', 'cases', caseId, 'measures'], (signal) =>
    answer(planning.GET('/api/cases/{caseId}/measures', { params: { path: { caseId } }, signal })),
  );
  const demands = useResource(['planning', 'cases', caseId, 'duty-demands'], (signal) =>
    api<DutyDemandView[]>('planning', `/api/cases/${caseId}/duty-demands`, { signal }),
  );
  const offers = useResource(['planning', 'cases', caseId, 'offers'], (signal) =>
    api<OfferView[]>('planning', `/api/cases/${caseId}/offers`, { signal }),
  );
  const checks = useResource(['planning', 'cases', caseId, 'reduction-checks'], (signal) =>
    api<ReductionCheckView[]>('planning', `/api/cases/${caseId}/reduction-checks`, { signal }),
  );
  // only for the case-conference reminder: without it the reminder simply shows
  const conferences = useResource(['network', 'cases', caseId, 'case-conferences', 'none-when-refused'], (signal) =>
    api<ConferenceDates[]>('network', `/api/cases/${caseId}/case-conferences`, { signal }).catch(() => []),
  );
  const closed = view.status === 'CLOSED';
  const admittedOn = view.admission?.admittedOn;
  const latest = [...(reviews.data ?? [])].sort((a, b) => b.reviewedOn.localeCompare(a.reviewedOn))[0];
  const nextReview =
    latest?.nextReviewDueOn ??
    (latest || !admittedOn ? undefined : plusMonths(admittedOn, policy.data?.settings.continuationReviewMonths ?? 6));
  const extensionUntil = typeof view.extensionUntil === 'string' ? view.extensionUntil : undefined;

  return (
    <div className="stack">
      <DurationPanel
        admittedOn={admittedOn}
        maxDurationEndsOn={view.admission?.maxDurationEndsOn}
        extensionUntil={extensionUntil}
        nextReviewDueOn={nextReview}
        policy={policy.data?.settings}
      />

      <section aria-labelledby="reviews-heading" className="card">
        <h2 id="reviews-heading">Fortführungsprüfungen</h2>
        <Loaded resource={reviews} label="Prüfungen werden geladen …">
          {(list) => <ReviewList caseId={caseId} reviews={list} teamLead={session.roles.includes('TL')} />}
        </Loaded>
        {!closed && (
          <section aria-labelledby="review-form-heading">
            <h3 id="review-form-heading">Fortführungsprüfung dokumentieren</h3>
            <ReviewForm caseId={caseId} />
          </section>
        )}
      </section>

      <section aria-labelledby="measures-heading" className="card">
        <h2 id="measures-heading">Maßnahmen</h2>
        <Loaded resource={measures} label="Maßnahmen werden geladen …">
          {(list) => (
            <MeasureList
              caseId={caseId}
              measures={list}
              partners={partners.data}
              conferences={conferences.data ?? []}
              closed={closed}
            />
          )}
        </Loaded>
        {!closed && (
          <section aria-labelledby="measure-form-heading">
            <h3 id="measure-form-heading">Maßnahme beginnen</h3>
            <MeasureForm caseId={caseId} partners={partners.data ?? []} />
          </section>
        )}
      </section>

      <section aria-labelledby="duties-heading" className="card">
        <h2 id="duties-heading">Aufforderungen und Angebote</h2>
        <p className="muted">
          Der Kooperationsplan enthält keine Rechtsfolgen. Pflichten mit Rechtsfolgen werden gesondert schriftlich
          gefordert; Arbeits-, Ausbildungs- und Maßnahmeangebote werden mit der Antwort dokumentiert.
        </p>
        <h3>Schriftliche Aufforderungen</h3>
        <Loaded resource={demands} label="Aufforderungen werden geladen …">
          {(list) => <DutyDemandList demands={list} />}
        </Loaded>
        {!closed && (
          <details>
            <summary>Aufforderung dokumentieren</summary>
            <DutyDemandForm caseId={caseId} />
          </details>
        )}
        <h3>Angebote</h3>
        <Loaded resource={offers} label="Angebote werden geladen …">
          {(list) => <OfferList caseId={caseId} offers={list} closed={closed} />}
        </Loaded>
        {!closed && (
          <details>
            <summary>Angebot dokumentieren</summary>
            <OfferForm caseId={caseId} />
          </details>
        )}
      </section>

      <section aria-labelledby="reductions-heading" className="card">
        <h2 id="reductions-heading">Prüfung einer Leistungsminderung (§§ 31–32 SGB II)</h2>
        <Loaded resource={checks} label="Prüfungen werden geladen …">
          {(list) => <ReductionCheckList checks={list} />}
        </Loaded>
        {!closed && (
          <details>
            <summary>Neue Prüfung dokumentieren</summary>
            <ReductionCheckForm
              caseId={caseId}
              grounds={citableGrounds(demands.data ?? [], offers.data ?? [], measures.data ?? [])}
            />
          </details>
        )}
      </section>
    </div>
  );
}
