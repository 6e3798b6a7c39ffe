import { useCallback, useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client';
import { useAction, useMessage, useResource } from '../../api/hooks';
import { Loaded, Success } from '../../ui/feedback';
import { ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from '../../ui/forms';
import { dateTime } from '../../ui/format';
import {
  bodyOf,
  draftOf,
  FIELD_LABEL,
  fieldId,
  holidayText,
  regionOptions,
  stateOptions,
  withState,
  type Draft,
  type JobcenterView,
  type StateView,
} from './jobcenterRecord';
import '../management/management.css';
import './admin.css';
import { usePageTitle } from '../../ui/pageTitle';

/**
 * The Jobcenter's own record for its administration: name and address as letters and the Kooperationsplan print
 * them, and the Bundesland (with a region where holidays differ within it) whose public holidays deadlines in
 * working days skip (docs/domain.md §13).
 */
export function JobcenterAdmin() {
  usePageTitle('Jobcenter');
  const record = useResource(['intake', 'jobcenter'], (signal) =>
    api<JobcenterView>('intake', '/api/jobcenter', { signal }).catch((e: unknown) => {
      // not entered yet: the form starts empty
      if (e instanceof ApiError && e.status === 404) return null;
      throw e;
    }),
  );
  const states = useResource(['intake', 'jobcenter', 'states'], (signal) =>
    api<StateView[]>('intake', '/api/jobcenter/states', { signal }),
  );
  const [saved, setSaved] = useMessage<JobcenterView>();

  return (
    <div className="dash">
      <h1>Jobcenter</h1>
      <p className="lead">
        Name und Anschrift stehen auf Schreiben und im Kooperationsplan. Das Bundesland bestimmt, welche Feiertage bei
        Fristen in Arbeitstagen nicht mitzählen (zum Beispiel bei der Einstiegsberatung binnen 10 Arbeitstagen).
      </p>
      {saved && (
        <Success>
          Die Angaben sind gespeichert. Fristen in Arbeitstagen zählen ab jetzt ohne die {holidayText(saved)}; bereits
          berechnete Fristen bleiben, wie sie sind.
        </Success>
      )}
      <Loaded resource={record} label="Angaben zum Jobcenter werden geladen …">
        {(current) => (
          <>
            {current === null ? (
              <div className="alert alert--info" role="status">
                Die Angaben zum Jobcenter sind noch nicht erfasst. Bis dahin zählen Fristen in Arbeitstagen nur
                Wochenenden und die bundesweiten Feiertage, nicht die des Bundeslandes.
              </div>
            ) : (
              <section className="card" aria-labelledby="jobcenter-current-heading">
                <h2 id="jobcenter-current-heading">Gespeicherte Angaben</h2>
                <dl className="facts" data-testid="jobcenter-current">
                  <dt>Name</dt>
                  <dd>{current.name}</dd>
                  <dt>Anschrift</dt>
                  <dd>
                    {current.street}, {current.postalCode} {current.city}
                  </dd>
                  {current.phone && (
                    <>
                      <dt>Telefon</dt>
                      <dd>{current.phone}</dd>
                    </>
                  )}
                  {current.email && (
                    <>
                      <dt>E-Mail</dt>
                      <dd>{current.email}</dd>
                    </>
                  )}
                  {current.contactHours && (
                    <>
                      <dt>Öffnungszeiten</dt>
                      <dd className="pre-line">{current.contactHours}</dd>
                    </>
                  )}
                  <dt>Feiertage</dt>
                  <dd>{holidayText(current)}</dd>
                  <dt>Zuletzt geändert</dt>
                  <dd>
                    {dateTime(current.changedAt)} von {current.changedBy}
                  </dd>
                </dl>
              </section>
            )}
            <section className="card" aria-labelledby="jobcenter-form-heading">
              <h2 id="jobcenter-form-heading">{current ? 'Angaben ändern' : 'Angaben erfassen'}</h2>
              <JobcenterForm
                key={current?.version ?? 0}
                current={current}
                states={states.data}
                onReload={record.reload}
                onSaved={(view) => {
                  setSaved(view);
                  window.scrollTo({ top: 0 });
                }}
              />
            </section>
          </>
        )}
      </Loaded>
    </div>
  );
}

function JobcenterForm({
  current,
  states,
  onSaved,
  onReload,
}: {
  current: JobcenterView | null;
  states?: StateView[];
  onSaved: (view: JobcenterView) => void;
  onReload: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(current ?? undefined));
  const version = current?.version ?? 0;
  const action = useAction(
    useCallback(
      () =>
        api<JobcenterView>('intake', '/api/jobcenter', {
          method: 'PUT',
          body: bodyOf(draft, version),
        }),
      [draft, version],
    ),
  );
  const errors = action.fieldErrors;
  const regions = regionOptions(states, draft.stateCode);

  useEffect(() => {
    // the summary at the top says what to correct; take the user there
    if (action.error) document.querySelector<HTMLElement>('.jobcenter-form .error-summary')?.focus();
  }, [action.error]);

  const set = (field: keyof Draft) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const saved = await action.run();
    if (saved) onSaved(saved);
  }

  return (
    <form className="stack jobcenter-form" onSubmit={submit} noValidate>
      <ErrorSummary error={action.error} labels={FIELD_LABEL} fieldId={fieldId} />
      {action.error?.status === 409 && (
        <button type="button" className="button" onClick={onReload}>
          Gespeicherte Angaben neu laden
        </button>
      )}
      <TextField
        id={fieldId('name')}
        label={FIELD_LABEL.name}
        name="name"
        value={draft.name}
        onChange={set('name')}
        errors={errors}
        required
        maxLength={200}
        autoComplete="organization"
        hint="So, wie er auf Schreiben steht, z. B. „Jobcenter Uckermark“"
      />
      <TextField
        id={fieldId('street')}
        label={FIELD_LABEL.street}
        name="street"
        value={draft.street}
        onChange={set('street')}
        errors={errors}
        required
        maxLength={200}
        autoComplete="street-address"
      />
      <div className="row">
        <TextField
          id={fieldId('postalCode')}
          label={FIELD_LABEL.postalCode}
          name="postalCode"
          value={draft.postalCode}
          onChange={set('postalCode')}
          errors={errors}
          required
          inputMode="numeric"
          maxLength={5}
          autoComplete="postal-code"
          hint="fünf Ziffern"
        />
        <TextField
          id={fieldId('city')}
          label={FIELD_LABEL.city}
          name="city"
          value={draft.city}
          onChange={set('city')}
          errors={errors}
          required
          maxLength={100}
          autoComplete="address-level2"
        />
      </div>
      <div className="row">
        <TextField
          id={fieldId('phone')}
          label={FIELD_LABEL.phone}
          name="phone"
          type="tel"
          value={draft.phone}
          onChange={set('phone')}
          errors={errors}
          maxLength={50}
          autoComplete="tel"
          hint="optional"
        />
        <TextField
          id={fieldId('email')}
          label={FIELD_LABEL.email}
          name="email"
          type="email"
          value={draft.email}
          onChange={set('email')}
          errors={errors}
          maxLength={200}
          autoComplete="email"
          hint="optional"
        />
      </div>
      <TextArea
        id={fieldId('contactHours')}
        label={FIELD_LABEL.contactHours}
        name="contactHours"
        value={draft.contactHours}
        onChange={set('contactHours')}
        errors={errors}
        maxLength={500}
        hint="optional; wie gedruckt, z. B. „Mo–Fr 8–12 Uhr, Do 14–18 Uhr“"
      />
      <SelectField
        id={fieldId('stateCode')}
        label={FIELD_LABEL.stateCode}
        name="stateCode"
        value={draft.stateCode}
        onChange={(e) => setDraft((d) => withState(d, e.target.value, states))}
        errors={errors}
        required
        placeholder="– bitte wählen –"
        options={stateOptions(states)}
        hint="Seine gesetzlichen Feiertage zählen bei Fristen in Arbeitstagen nicht mit."
      />
      {regions.length > 0 && (
        <SelectField
          id={fieldId('regionCode')}
          label={FIELD_LABEL.regionCode}
          name="regionCode"
          value={draft.regionCode}
          onChange={set('regionCode')}
          errors={errors}
          placeholder="keine – die Feiertage des ganzen Bundeslandes"
          options={regions}
          hint="Nur wählen, wenn am Sitz des Jobcenters zusätzliche Feiertage gelten, etwa das Augsburger Friedensfest."
        />
      )}
      <div className="actions">
        <SubmitButton pending={action.pending}>{current ? 'Änderungen speichern' : 'Angaben speichern'}</SubmitButton>
      </div>
    </form>
  );
}
