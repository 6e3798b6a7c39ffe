import { useRef } from 'react';
import { fetchText } from '../../../../api/client';
import { useResource } from '../../../../api/hooks';
import { Badge, Empty, Loaded } from '../../../../ui/feedback';
import { date, today } from '../../../../ui/format';
import { ACTION_COLUMN, Table } from '../../../../ui/table';
import { AGREEMENT_TYPE, label } from '../../../../domain/labels';
import { EXCEPTION_LABEL, type AgreementView } from './types';

function status(a: AgreementView, newest: boolean) {
  if (a.type === 'NONE') return <Badge tone="neutral">Ausnahme ohne Vereinbarung</Badge>;
  if (!newest) return <Badge tone="neutral">abgelöst</Badge>;
  if (a.validUntil && a.validUntil < today()) return <Badge tone="danger">abgelaufen – Fortschreibung nötig</Badge>;
  if (a.reviewOn && a.reviewOn < today()) return <Badge tone="danger">Überprüfung überfällig</Badge>;
  return <Badge tone="ok">gültig</Badge>;
}

/** The agreements of the case, newest first, each with its printable document. */
export function AgreementList({
  agreements,
  selected,
  onSelect,
}: {
  agreements: AgreementView[];
  selected?: string;
  onSelect: (id: string) => void;
}) {
  if (agreements.length === 0) return <Empty>Noch keine Vereinbarung abgeschlossen.</Empty>;
  const sorted = [...agreements].sort((a, b) => b.agreedAt.localeCompare(a.agreedAt));
  return (
    <Table
      caption="Vereinbarungen des Falls"
      columns={[
        'Art',
        'Abgeschlossen am',
        'Überprüfung bis',
        'Gültig bis',
        'Status',
        'Inhalt',
        'Abgeschlossen von',
        ACTION_COLUMN,
      ]}
    >
      {sorted.map((a, i) => (
        <tr key={a.id} aria-current={a.id === selected || undefined}>
          <th scope="row">{label(AGREEMENT_TYPE, a.type)}</th>
          <td>{date(a.agreedOn)}</td>
          <td>{date(a.reviewOn)}</td>
          <td>{a.validUntil ? date(a.validUntil) : a.type === 'NONE' ? '–' : 'keine Begrenzung'}</td>
          <td>{status(a, i === 0)}</td>
          <td>
            {a.type === 'NONE' ? (
              <>
                {label(EXCEPTION_LABEL, a.exception)}
                {a.exceptionNote ? `: ${a.exceptionNote}` : ''}
              </>
            ) : (
              <>
                {(a.jobcenterServices ?? []).length} Leistungen des Jobcenters, {(a.customerObligations ?? []).length}{' '}
                Bemühungen
                {a.type === 'EINV' &&
                  (a.legalConsequenceInstruction
                    ? ' · Rechtsfolgenbelehrung erteilt'
                    : ' · ohne Rechtsfolgenbelehrung')}
                {a.guardianSignedOn && ` · gesetzliche Vertretung unterschrieb am ${date(a.guardianSignedOn)}`}
              </>
            )}
          </td>
          <td>{a.agreedBy}</td>
          <td>
            <button
              type="button"
              className="button button--small"
              onClick={() => onSelect(a.id)}
              aria-pressed={a.id === selected}
            >
              Dokument anzeigen
              <span className="visually-hidden">
                {' '}
                ({label(AGREEMENT_TYPE, a.type)} vom {date(a.agreedOn)})
              </span>
            </button>
          </td>
        </tr>
      ))}
    </Table>
  );
}

/** The printable agreement (HTML from planning-service) in a frame, with a print button. */
export function AgreementDocument({ caseId, agreementId }: { caseId: string; agreementId: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const doc = useResource(['planning', 'cases', caseId, 'agreements', agreementId, 'document'], (signal) =>
    fetchText('planning', `/api/cases/${caseId}/agreements/${agreementId}/document`, { accept: 'text/html', signal }),
  );
  return (
    <Loaded resource={doc} label="Dokument wird geladen …">
      {(html) => (
        <div className="stack">
          <div className="actions">
            <button type="button" className="button" onClick={() => frame.current?.contentWindow?.print()}>
              Drucken
            </button>
          </div>
          {/* no scripts in the document; same origin so the print button can reach the frame */}
          <iframe
            ref={frame}
            className="doc-frame"
            title="Vereinbarung zum Ausdrucken"
            data-testid="agreement-document"
            sandbox="allow-same-origin allow-modals"
            srcDoc={html}
          />
        </div>
      )}
    </Loaded>
  );
}
