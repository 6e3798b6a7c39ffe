import { useCallback, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useAction, useMessage, useResource } from '../../api/hooks';
import { Empty, Loaded, Success } from '../../ui/feedback';
import { dateTime, number } from '../../ui/format';
import { FormErrors, SelectField, SubmitButton, TextField } from '../../ui/forms';
import { SampleCases, type Sample } from './SampleCases';

/** Fachaufsicht (IKS): a risk-weighted random sample of the team's open cases and a review result per case. */
export function Supervision() {
  const samples = useResource(['reporting', 'supervision', 'samples'], (signal) =>
    api<Sample[]>('reporting', '/api/supervision/samples', { signal }),
  );
  const [chosen, setChosen] = useState<string>();
  const [size, setSize] = useState('5');
  const [seed, setSeed] = useState('');
  const [done, setDone] = useMessage<string>();
  const draw = useAction(
    useCallback(
      () =>
        api<Sample>('reporting', '/api/supervision/samples', {
          method: 'POST',
          // a seed chosen here stays within JavaScript's exact integers, so the stored seed shows exactly
          body: {
            size: size === '' ? null : Number(size),
            seed: seed === '' ? Math.floor(Math.random() * 1_000_000_000) : Number(seed),
          },
        }),
      [size, seed],
    ),
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(undefined);
    const sample = await draw.run();
    if (sample) {
      setChosen(sample.id);
      setDone(`Stichprobe mit ${number(sample.cases?.length ?? 0)} Fällen gezogen (Startwert ${sample.seed}).`);
    }
  }

  return (
    <>
      <section className="card" aria-labelledby="draw-heading">
        <h2 id="draw-heading">Stichprobe ziehen</h2>
        <p className="muted">
          Risikoorientierte Zufallsstichprobe aus den offenen Fällen des Teams: Jeder Fall wiegt 1, jeder Befund der
          Qualitätsstandards zählt 2 dazu – Fälle mit Befunden werden häufiger gezogen, jeder Fall kann gezogen werden.
          Mit demselben Startwert ergibt sich bei gleichem Fallbestand dieselbe Stichprobe.
        </p>
        {done && <Success>{done}</Success>}
        <form onSubmit={submit} noValidate className="stack">
          <FormErrors error={draw.error} />
          <div className="row">
            <TextField
              label="Anzahl der Fälle"
              name="size"
              type="number"
              min={1}
              max={50}
              required
              value={size}
              onChange={(e) => setSize(e.target.value)}
              errors={draw.fieldErrors}
              hint="1 bis 50 Fälle"
            />
            <TextField
              label="Startwert der Ziehung (optional)"
              name="seed"
              type="number"
              value={seed}
              onChange={(e) => setSeed(e.target.value)}
              errors={draw.fieldErrors}
              hint="Leer lassen für eine neue Zufallsziehung; einen früheren Startwert eingeben, um sie nachzuvollziehen."
            />
          </div>
          <div className="actions">
            <SubmitButton pending={draw.pending} pendingLabel="Wird gezogen …">
              Stichprobe ziehen
            </SubmitButton>
          </div>
        </form>
      </section>
      <section className="card" aria-labelledby="samples-heading">
        <h2 id="samples-heading">Stichproben des Teams</h2>
        <Loaded resource={samples} label="Stichproben werden geladen …">
          {(list) => {
            if (list.length === 0) return <Empty>Noch keine Stichprobe gezogen.</Empty>;
            const sorted = [...list].sort((a, b) => b.drawnAt.localeCompare(a.drawnAt));
            const sample = sorted.find((s) => s.id === chosen) ?? sorted[0];
            return (
              <>
                <div className="filters">
                  <SelectField
                    label="Stichprobe"
                    name="sample"
                    value={sample.id}
                    onChange={(e) => setChosen(e.target.value)}
                    options={sorted.map((s) => ({
                      value: s.id,
                      label: `${dateTime(s.drawnAt)} – ${s.drawnBy}, ${s.cases?.length ?? 0} Fälle, ${(s.cases ?? []).filter((c) => c.result).length} geprüft (Startwert ${s.seed})`,
                    }))}
                  />
                </div>
                <SampleCases sample={sample} />
              </>
            );
          }}
        </Loaded>
      </section>
    </>
  );
}
