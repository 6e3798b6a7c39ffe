import { api } from '../../../api/client';
import { useMessage, useResource } from '../../../api/hooks';
import { useSession } from '../../../auth/AuthContext';
import { Loaded, Success } from '../../../ui/feedback';
import { useCase } from '../CaseFile';
import { ConferenceForm, ConferenceList } from './network/Conferences';
import { ConsentForm } from './network/ConsentForm';
import { ConsentList } from './network/ConsentList';
import { DisclosureReport } from './network/DisclosureReport';
import { ReferralForm, ReferralList } from './network/Referrals';
import type { CaseConsents, ConferenceView, ConsentFormView, ReferralView } from './network/types';
import { usePartners } from './plan/lookups';
import './plan/plan.css';

export function NetworkTab() {
  const { caseId, view } = useCase();
  const session = useSession();
  const partners = usePartners();
  const forms = useResource(['network', 'consent-forms'], (signal) =>
    api<ConsentFormView[]>('network', '/api/consent-forms', { signal }),
  );
  const consents = useResource(['network', 'cases', caseId, 'consents'], (signal) =>
    api<CaseConsents>('network', `/api/cases/${caseId}/consents`, { signal }),
  );
  const referrals = useResource(['network', 'cases', caseId, 'referrals'], (signal) =>
    api<ReferralView[]>('network', `/api/cases/${caseId}/referrals`, { signal }),
  );
  const conferences = useResource(['network', 'cases', caseId, 'case-conferences'], (signal) =>
    api<ConferenceView[]>('network', `/api/cases/${caseId}/case-conferences`, { signal }),
  );
  const [consentMessage, setConsentMessage] = useMessage<string>();
  const closed = view.status === 'CLOSED';

  return (
    <div className="stack">
      <section aria-labelledby="consents-heading" className="card">
        <h2 id="consents-heading">Einwilligungen (Schweigepflichtentbindung)</h2>
        {consentMessage && <Success>{consentMessage}</Success>}
        <Loaded resource={consents} label="Einwilligungen werden geladen …">
          {(data) => (
            <ConsentList
              caseId={caseId}
              data={data}
              partners={partners.data}
              closed={closed}
              onChanged={setConsentMessage}
            />
          )}
        </Loaded>
        {!closed && (
          <section aria-labelledby="consent-form-heading">
            <h3 id="consent-form-heading">Einwilligung erfassen</h3>
            <Loaded resource={forms} label="Formulare werden geladen …">
              {(list) =>
                list.length === 0 ? (
                  <p className="alert alert--warn">
                    Es gibt noch kein Einwilligungsformular. Teamleitung oder Fachadministration legen es an.
                  </p>
                ) : (
                  <ConsentForm caseId={caseId} partners={partners.data ?? []} forms={list} />
                )
              }
            </Loaded>
          </section>
        )}
      </section>

      <section aria-labelledby="referrals-heading" className="card">
        <h2 id="referrals-heading">Überweisungen an Partner</h2>
        <Loaded resource={referrals} label="Überweisungen werden geladen …">
          {(list) => <ReferralList caseId={caseId} referrals={list} partners={partners.data} closed={closed} />}
        </Loaded>
        {!closed && (
          <section aria-labelledby="referral-form-heading">
            <h3 id="referral-form-heading">Überweisung an einen Partner</h3>
            <ReferralForm
              caseId={caseId}
              partners={partners.data ?? []}
              consents={consents.data?.consents ?? []}
              customerName={`${view.customer.firstName} ${view.customer.lastName}`}
            />
          </section>
        )}
      </section>

      <section aria-labelledby="conferences-heading" className="card">
        <h2 id="conferences-heading">Fallkonferenzen</h2>
        <Loaded resource={conferences} label="Fallkonferenzen werden geladen …">
          {(list) => <ConferenceList caseId={caseId} conferences={list} partners={partners.data} closed={closed} />}
        </Loaded>
        {!closed && (
          <section aria-labelledby="conference-form-heading">
            <h3 id="conference-form-heading">Fallkonferenz planen</h3>
            <ConferenceForm caseId={caseId} partners={partners.data ?? []} subject={session.subject} />
          </section>
        )}
      </section>

      <section aria-labelledby="disclosure-heading" className="card">
        <h2 id="disclosure-heading">Auskunft: Was wurde wem offengelegt?</h2>
        <DisclosureReport caseId={caseId} partners={partners.data} />
      </section>
    </div>
  );
}
