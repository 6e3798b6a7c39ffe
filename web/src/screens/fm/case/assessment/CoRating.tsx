import { SelectField } from '../../../../ui/forms';
import type { Draft } from './draft';
import type { Catalogue } from './types';

/** The optional co-rated progress scale: customer and case manager each rate six dimensions from 1 to 5. */
export function CoRating({
  value,
  catalogue,
  onChange,
}: {
  value: Draft['coRating'];
  catalogue: Catalogue;
  onChange: (value: Draft['coRating']) => void;
}) {
  const steps = catalogue.scaleAnchors.map((anchor, i) => ({ value: String(i + 1), label: anchor }));
  const set = (dimension: string, who: 'customer' | 'caseManager', v: string) =>
    onChange({ ...value, [dimension]: { ...(value[dimension] ?? { customer: '', caseManager: '' }), [who]: v } });
  return (
    <details className="fm-corating">
      <summary>Gemeinsame Fortschrittsskala (optional)</summary>
      <p className="hint">
        Kundin / Kunde und Fachkraft schätzen jede Dimension auf denselben fünf Stufen ein; gespeichert wird eine
        Dimension nur mit beiden Einschätzungen.
      </p>
      {catalogue.progressDimensions.map((d) => (
        <div className="row" key={d.code}>
          <SelectField
            label={`${d.label}: Einschätzung Kundin / Kunde`}
            name={`coRating.${d.code}.customer`}
            value={value[d.code]?.customer ?? ''}
            options={steps}
            placeholder="–"
            onChange={(e) => set(d.code, 'customer', e.target.value)}
          />
          <SelectField
            label={`${d.label}: Einschätzung Fachkraft`}
            name={`coRating.${d.code}.caseManager`}
            value={value[d.code]?.caseManager ?? ''}
            options={steps}
            placeholder="–"
            onChange={(e) => set(d.code, 'caseManager', e.target.value)}
          />
        </div>
      ))}
    </details>
  );
}
