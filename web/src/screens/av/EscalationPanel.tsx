import { useState } from 'react';
import { api } from '../../api/client';
import { useAction, useMessage, useResource } from '../../api/hooks';
import { FormErrors, TextArea } from '../../ui/forms';
import { ConfirmButton, Loaded, Success } from '../../ui/feedback';
import { dateTime } from '../../ui/format';
import { DECLINE_REASON, label } from '../../domain/labels';

interface DeclinedCase {
  caseId: string;
  status: string;
  decline?: { reason: string; note?: string; declinedBy: string; declinedAt: string };
  escalation?: { escalatedAt: string; statement: string };
}

/**
 * The referring AV disagrees with the FM's decline: the team lead decides, finally. Possible once
 * per case (409 ALREADY_ESCALATED), hence the confirmation.
 */
export function EscalationPanel({ caseId, onEscalated }: { caseId: string; onEscalated: () => void }) {
  const file = useResource(['intake', 'cases', caseId], (signal) =>
    api<DeclinedCase>('intake', `/api/cases/${caseId}`, { signal }),
  );
  const [statement, setStatement] = useState('');
  const [done, setDone] = useMessage<boolean>();
  const escalate = useAction(() =>
    api<DeclinedCase>('intake', `/api/cases/${caseId}/escalation`, {
      method: 'POST',
      body: { statement: statement.trim() },
    }),
  );

  return (
    <Loaded resource={file} label="Ablehnung wird geladen …">
      {(c) => (
        <div className="stack">
          {c.decline && (
            <p>
              <strong>Ablehnung durch das FM:</strong> {label(DECLINE_REASON, c.decline.reason)}
              {c.decline.note && <> – „{c.decline.note}“</>}
              <span className="av-sub">
                {c.decline.declinedBy}, {dateTime(c.decline.declinedAt)}
              </span>
            </p>
          )}
          {done ? (
            <Success>Die Ablehnung liegt jetzt der Teamleitung zur Entscheidung vor.</Success>
          ) : c.status === 'DECLINED' ? (
            <>
              <FormErrors error={escalate.error} />
              <TextArea
                label="Stellungnahme für die Teamleitung"
                name="statement"
                required
                value={statement}
                onChange={(e) => setStatement(e.target.value)}
                errors={escalate.fieldErrors}
                hint="Warum sollte die Kundin / der Kunde ins Fallmanagement? Die Teamleitung entscheidet endgültig."
              />
              <ConfirmButton
                label="Der Teamleitung vorlegen"
                title="Ablehnung der Teamleitung vorlegen?"
                confirmLabel="Jetzt vorlegen"
                danger={false}
                pending={escalate.pending}
                onConfirm={async () => {
                  const result = await escalate.run();
                  if (result) {
                    setDone(true);
                    onEscalated();
                  }
                }}
              >
                <p>
                  Eine Eskalation ist je Fall nur einmal möglich. Die Teamleitung des FM-Teams entscheidet endgültig
                  über die Aufnahme.
                </p>
              </ConfirmButton>
            </>
          ) : (
            <p className="muted">Dieser Fall ist nicht (mehr) abgelehnt – eine Eskalation ist nicht möglich.</p>
          )}
        </div>
      )}
    </Loaded>
  );
}
