import { constraints } from '../../../../api/generated/constraints';
import { fromSchema } from '../../../../ui/checks';
import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/client';
import { useAction, useMessage, useResource } from '../../../../api/hooks';
import type { Page } from '../../../../api/types';
import { FormErrors, SelectField, SubmitButton, TextArea } from '../../../../ui/forms';
import { Badge, Empty, ErrorMessage, Loaded, Success } from '../../../../ui/feedback';
import { dateTime } from '../../../../ui/format';
import { label, options } from '../../../../domain/labels';
import { VISIBILITY_HINT, VISIBILITY_LABEL, type NoteView } from './types';

const PAGE_SIZE = 20;

/** A protected note shows its text only once opened: the read goes through GET /notes/{id} and is audited. */
function ProtectedNote({ caseId, note }: { caseId: string; note: NoteView }) {
  const [opened, setOpened] = useState<NoteView>();
  const open = useAction(
    () => api<NoteView>('planning', `/api/cases/${caseId}/notes/${note.id}`),
    // a read (audited, hence on demand): it changes nothing on screen
    { invalidates: false },
  );
  if (opened) return <p className="note-text">{opened.text}</p>;
  return (
    <div>
      <p className="hint">
        Geschützter Vermerk – der Inhalt erscheint erst nach dem Öffnen. Das Öffnen wird protokolliert.
      </p>
      <button
        type="button"
        className="button button--small"
        disabled={open.pending}
        onClick={async () => {
          const n = await open.run();
          if (n) setOpened(n);
        }}
      >
        Vermerk öffnen
        <span className="visually-hidden">
          {' '}
          (von {note.author}, {dateTime(note.writtenAt)})
        </span>
      </button>
      {open.error && <ErrorMessage error={open.error} />}
    </div>
  );
}

function NoteForm({
  caseId,
  protectedAllowed,
  onWritten,
}: {
  caseId: string;
  protectedAllowed: boolean;
  onWritten: () => void;
}) {
  const [visibility, setVisibility] = useState('GENERAL');
  const [text, setText] = useState('');
  const [written, setWritten] = useMessage<boolean>();
  const write = useAction(() =>
    api<NoteView>('planning', `/api/cases/${caseId}/notes`, { method: 'POST', body: { visibility, text } }),
  );
  async function submit(e: FormEvent) {
    e.preventDefault();
    setWritten(false);
    if (!write.check(fromSchema(constraints.planning['POST /api/cases/{caseId}/notes'], { visibility, text }))) return;
    if (await write.run()) {
      setText('');
      setWritten(true);
      onWritten();
    }
  }
  const options = Object.entries(VISIBILITY_LABEL)
    .filter(([v]) => v !== 'FM_INDIVIDUAL' || protectedAllowed)
    .map(([value, l]) => ({ value, label: l }));
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors error={write.error} />
      <SelectField
        label="Art des Vermerks"
        name="visibility"
        errors={write.fieldErrors}
        options={options}
        value={visibility}
        hint={VISIBILITY_HINT[visibility]}
        onChange={(e) => setVisibility(e.target.value)}
      />
      <TextArea
        label="Vermerktext"
        name="text"
        errors={write.fieldErrors}
        rows={5}
        required
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {written && <Success>Der Vermerk ist gespeichert.</Success>}
      <div className="actions">
        <SubmitButton pending={write.pending}>Vermerk speichern</SubmitButton>
      </div>
    </form>
  );
}

export function Notes({
  caseId,
  protectedAllowed,
  closed,
}: {
  caseId: string;
  protectedAllowed: boolean;
  closed: boolean;
}) {
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(0);
  const notes = useResource(['planning', 'cases', caseId, 'notes', { filter, page }], (signal) =>
    api<Page<NoteView>>('planning', `/api/cases/${caseId}/notes`, {
      query: { visibility: filter, page, size: PAGE_SIZE },
      signal,
    }),
  );
  const filterOptions = options(VISIBILITY_LABEL);
  return (
    <section aria-labelledby="notes-heading" className="card">
      <h2 id="notes-heading">Vermerke</h2>
      <p className="hint">
        Sie sehen die Vermerke, die Sie lesen dürfen. Jeder Abruf von Vermerken wird protokolliert (wer, wann, welcher
        Vermerk).
      </p>
      <SelectField
        label="Vermerke anzeigen"
        name="visibilityFilter"
        options={filterOptions}
        placeholder="Alle, die ich lesen darf"
        value={filter}
        onChange={(e) => {
          setFilter(e.target.value);
          setPage(0);
        }}
      />
      <Loaded resource={notes} label="Vermerke werden geladen …">
        {(p) => {
          const items = p.items ?? [];
          const pages = Math.max(1, Math.ceil(p.total / PAGE_SIZE));
          return (
            <>
              {items.length === 0 ? (
                <Empty>Keine Vermerke.</Empty>
              ) : (
                <ul className="note-list" aria-label="Vermerke, neueste zuerst">
                  {items.map((n) => (
                    <li key={n.id} className="plan-row">
                      <p className="muted">
                        <Badge tone={n.visibility === 'FM_INDIVIDUAL' ? 'warn' : 'info'}>
                          {label(VISIBILITY_LABEL, n.visibility)}
                        </Badge>{' '}
                        {dateTime(n.writtenAt)} · {n.author}
                        {n.contactId ? ' · zu einem Kontakt' : ''}
                      </p>
                      {n.visibility === 'FM_INDIVIDUAL' ? (
                        <ProtectedNote caseId={caseId} note={n} />
                      ) : (
                        <p className="note-text">{n.text}</p>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {pages > 1 && (
                <div className="actions" role="navigation" aria-label="Seiten der Vermerke">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={page === 0}
                    onClick={() => setPage(page - 1)}
                  >
                    Neuere
                  </button>
                  <span>
                    Seite {page + 1} von {pages}
                  </span>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={page + 1 >= pages}
                    onClick={() => setPage(page + 1)}
                  >
                    Ältere
                  </button>
                </div>
              )}
            </>
          );
        }}
      </Loaded>
      {notes.error && notes.data !== undefined && <ErrorMessage error={notes.error} onRetry={notes.reload} />}
      {!closed && (
        <>
          <h3>Vermerk schreiben</h3>
          <NoteForm
            caseId={caseId}
            protectedAllowed={protectedAllowed}
            // the newest note is on the first page; the list loads again by itself (useAction)
            onWritten={() => setPage(0)}
          />
        </>
      )}
    </section>
  );
}
