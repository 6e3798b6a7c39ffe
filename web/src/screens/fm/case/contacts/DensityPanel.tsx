import { Badge } from '../../../../ui/feedback';
import { date, number } from '../../../../ui/format';
import { DENSITY_STATUS, label } from '../../../../domain/labels';
import { DENSITY_TONE, type DensityView } from './types';
import { scrollRegion } from '../../../../ui/table';

/** The contact density against the policy's rule, with the day the next counted contact is due. */
export function DensityPanel({ density }: { density: DensityView }) {
  const status = { label: label(DENSITY_STATUS, density.status), tone: DENSITY_TONE[density.status] ?? 'neutral' };
  const tone =
    density.overdue || density.status === 'NOT_COMPLIANT' ? 'danger' : density.status === 'COMPLIANT' ? 'ok' : 'warn';
  const gaps = density.gaps ?? [];
  return (
    <section
      aria-labelledby="density-heading"
      className={`card status-panel status-panel--${tone}`}
      data-testid="contact-density"
    >
      <h2 id="density-heading">
        Kontaktdichte <Badge tone={status.tone}>{status.label}</Badge>
      </h2>
      {density.status === 'NOT_APPLICABLE' ? (
        <p>Die Richtlinie Ihres Jobcenters legt keine Kontaktdichte fest.</p>
      ) : (
        <>
          <p>
            Regel Ihrer Richtlinie:{' '}
            {density.minPerYear ? `mindestens ${density.minPerYear} zählende Kontakte im Jahr` : ''}
            {density.minPerYear && density.maxGapMonths ? ', ' : ''}
            {density.maxGapMonths
              ? `nie mehr als ${density.maxGapMonths} ${density.maxGapMonths === 1 ? 'Monat' : 'Monate'} Abstand`
              : ''}
            .
          </p>
          <div className="kpis">
            <div className="kpi">
              <span className={`kpi__value due-date${density.overdue ? ' field-error' : ''}`}>
                {date(density.nextContactDueOn)}
              </span>
              <span className="kpi__label">
                Nächster zählender Kontakt fällig bis{density.overdue ? ' – überfällig' : ''}
              </span>
            </div>
            <div className="kpi">
              <span className="kpi__value">{number(density.countedLastYear)}</span>
              <span className="kpi__label">
                zählende Kontakte in den letzten 12 Monaten (nötig bisher: {number(density.requiredSoFar)})
              </span>
            </div>
            <div className="kpi">
              <span className="kpi__value">{number(density.longestGapDays)} Tage</span>
              <span className="kpi__label">längster Abstand ohne zählenden Kontakt</span>
            </div>
          </div>
          {density.overdue && (
            <p className="alert alert--error">
              Der nächste zählende Kontakt ist überfällig. Bitte vereinbaren Sie zeitnah einen Termin.
            </p>
          )}
          {gaps.length > 0 && (
            <div className="table-wrap" {...scrollRegion('Lücken über dem erlaubten Abstand')}>
              <table className="table">
                <caption>Lücken über dem erlaubten Abstand</caption>
                <thead>
                  <tr>
                    <th scope="col">von</th>
                    <th scope="col">bis</th>
                    <th scope="col" className="num">
                      Tage
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {gaps.map((g) => (
                    <tr key={g.from}>
                      <td>{date(g.from)}</td>
                      <td>{date(g.to)}</td>
                      <td className="num">{number(g.days)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
