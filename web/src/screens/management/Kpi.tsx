import type { ReactNode } from 'react';

export function Kpi({
  value,
  label,
  testId,
  hint,
}: {
  value: ReactNode;
  label: string;
  testId?: string;
  hint?: string;
}) {
  return (
    <div className="kpi">
      <span className="kpi__value" data-testid={testId}>
        {value}
      </span>
      <span className="kpi__label">{label}</span>
      {hint && <span className="kpi__hint">{hint}</span>}
    </div>
  );
}
