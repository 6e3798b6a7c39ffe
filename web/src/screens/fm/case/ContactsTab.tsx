import { api } from '../../../api/client';
import { useResource } from '../../../api/hooks';
import { useSession } from '../../../auth/AuthContext';
import { Loaded } from '../../../ui/feedback';
import { date, today } from '../../../ui/format';
import { useCase } from '../CaseFile';
import { ContactForm, ContactList } from './contacts/ContactForm';
import { Consultations } from './contacts/Consultations';
import { DensityPanel } from './contacts/DensityPanel';
import { Notes } from './contacts/Notes';
import type { ContactView, DensityView } from './contacts/types';
import { usePolicy } from './plan/lookups';
import './plan/plan.css';

export function ContactsTab() {
  const { caseId, view } = useCase();
  const session = useSession();
  const policy = usePolicy();
  const density = useResource(['planning', 'cases', caseId, 'contact-density'], (signal) =>
    api<DensityView>('planning', `/api/cases/${caseId}/contact-density`, { signal }),
  );
  const contacts = useResource(['planning', 'cases', caseId, 'contacts'], (signal) =>
    api<ContactView[]>('planning', `/api/cases/${caseId}/contacts`, { signal }),
  );
  const closed = view.status === 'CLOSED';
  // after an integration, contacts and notes continue within the agreed after-care period (docs/domain.md §16.1)
  const afterCareUntil = view.closure?.afterCareUntil;
  const inAfterCare = closed && !!afterCareUntil && today() <= afterCareUntil;
  const writable = !closed || inAfterCare;
  // the service decides; this only hides the FM-individual class from those it would refuse anyway
  const protectedAllowed =
    session.subject === view.caseManagerId || session.subject === view.deputy?.deputyId || session.roles.includes('TL');
  const counted = policy.data ? (policy.data.settings.contactRule?.countedFormats ?? undefined) : undefined;

  return (
    <div className="stack">
      <Loaded resource={density} label="Kontaktdichte wird geladen …">
        {(d) => <DensityPanel density={d} />}
      </Loaded>
      <section aria-labelledby="contacts-heading" className="card">
        <h2 id="contacts-heading">Kontakte</h2>
        {inAfterCare && (
          <p className="alert alert--info">
            Der Fall ist abgeschlossen. Bis zum {date(afterCareUntil)} läuft die Nachbetreuung: Kontakte und Vermerke
            können weiter erfasst werden; sie zählen nicht zur Kontaktdichte.
          </p>
        )}
        {writable && (
          <section aria-labelledby="contact-form-heading">
            <h3 id="contact-form-heading">Kontakt erfassen</h3>
            <ContactForm
              caseId={caseId}
              admittedOn={view.admission?.admittedOn}
              countedFormats={counted}
              protectedAllowed={protectedAllowed}
            />
          </section>
        )}
        <h3>Bisherige Kontakte</h3>
        <Loaded resource={contacts} label="Kontakte werden geladen …">
          {(list) => <ContactList contacts={list} />}
        </Loaded>
      </section>
      <Notes caseId={caseId} protectedAllowed={protectedAllowed} closed={!writable} />
      {/* the case workers' (the service refuses other colleagues); participants read theirs on the start page */}
      {protectedAllowed && <Consultations caseId={caseId} admittedOn={view.admission?.admittedOn} closed={closed} />}
    </div>
  );
}
