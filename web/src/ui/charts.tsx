import { useCallback, useRef, useState, type ReactNode } from 'react';
import { number } from './format';
import { scrollRegion } from './table';

// Small SVG charts without a chart library: each one is a <figure> whose data is also a real
// table (screen readers and keyboard users get the numbers, sighted users get the picture).
// A value of null is a withheld figure (fewer than 5 customers, or one that would give such a figure
// away): drawn as an empty bar marked "geschützt". A series whose null means "none" says so (nullText).

/** What a chart shows for a withheld figure. */
const WITHHELD = 'geschützt';

export interface Series {
  name: string;
  values: (number | null)[];
  /** the text of a null value; default: withheld ("geschützt") */
  nullText?: string;
}

const COLOURS = ['#0b4f8a', '#b35f00', '#2e7d32', '#8e24aa', '#c62828', '#00838f', '#6d4c41', '#546e7a'];

function DataTable({
  categories,
  series,
  categoryLabel,
}: {
  categories: string[];
  series: Series[];
  categoryLabel: string;
}) {
  return (
    <details className="chart__table">
      <summary>Daten als Tabelle</summary>
      <div className="table-wrap" {...scrollRegion(`Daten je ${categoryLabel}`)}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{categoryLabel}</th>
              {series.map((s) => (
                <th scope="col" key={s.name}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map((c, i) => (
              <tr key={c}>
                <th scope="row">{c}</th>
                {series.map((s) => (
                  <td key={s.name}>{s.values[i] === null ? (s.nullText ?? WITHHELD) : number(s.values[i])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function Legend({ series }: { series: Series[] }) {
  // also for one series: a chart of exits by reason must name the reason its bars show
  if (series.length === 0) return null;
  return (
    <ul className="chart__legend" aria-hidden="true">
      {series.map((s, i) => (
        <li key={s.name}>
          <span style={{ background: COLOURS[i % COLOURS.length] }} />
          {s.name}
        </li>
      ))}
    </ul>
  );
}

/**
 * The width a chart is drawn at: its figure's width in CSS pixels, followed as the window or the zoom changes. The
 * drawing uses one unit per pixel, so its texts keep their size (a fixed viewBox scaled to a phone's width would
 * shrink 12 px labels to 5 px).
 */
function useDrawingWidth(): [(element: HTMLElement | null) => void, number] {
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  const observer = useRef<ResizeObserver | null>(null);
  const measure = useCallback((element: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry.contentRect.width);
      if (measured > 0) setWidth(Math.min(MAX_WIDTH, measured));
    });
    observer.current.observe(element);
  }, []);
  return [measure, width];
}

const DEFAULT_WIDTH = 640;
const MAX_WIDTH = 900;

/** What every chart has around its drawing: title and caption, legend, a notice where there is no data, the data below. */
function ChartFigure({
  title,
  caption,
  testId,
  series,
  categories,
  draw,
  below,
}: {
  title: string;
  caption?: ReactNode;
  testId?: string;
  series: Series[];
  categories: string[];
  /** the drawing at a width: its height and its SVG content */
  draw: (width: number) => { height: number; content: ReactNode };
  below: ReactNode;
}) {
  const [measure, width] = useDrawingWidth();
  const drawing = draw(width);
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>
        <strong>{title}</strong>
        {caption && <span className="chart__caption">{caption}</span>}
      </figcaption>
      <Legend series={series} />
      <div ref={measure}>
        {categories.length === 0 ? (
          <p className="empty">Keine Daten im Zeitraum.</p>
        ) : (
          <svg
            viewBox={`0 0 ${width} ${drawing.height}`}
            width={width}
            height={drawing.height}
            role="img"
            aria-label={title}
            className="chart__svg"
          >
            {drawing.content}
          </svg>
        )}
      </div>
      {below}
    </figure>
  );
}

/**
 * Horizontal bars, one group per category; an optional reference value per category (e.g. the
 * caseload limit of the Betreuungsschlüssel) is drawn as a dark tick.
 */
export function BarChart({
  title,
  categories,
  series,
  reference,
  referenceLabel,
  categoryLabel = 'Kategorie',
  caption,
  testId,
}: {
  title: string;
  categories: string[];
  series: Series[];
  reference?: (number | null)[];
  referenceLabel?: string;
  categoryLabel?: string;
  caption?: ReactNode;
  testId?: string;
}) {
  const barHeight = 16;
  const groupGap = 12;
  const max = Math.max(
    1,
    ...series.flatMap((s) => s.values.map((v) => v ?? 0)),
    ...(reference ?? []).map((v) => v ?? 0),
  );
  const below = (
    <>
      {reference && referenceLabel && (
        <p className="chart__note">
          <span className="chart__reference-key" aria-hidden="true" /> {referenceLabel}
        </p>
      )}
      <DataTable
        categories={categories}
        series={
          reference && referenceLabel ? [...series, { name: referenceLabel, values: reference, nullText: '–' }] : series
        }
        categoryLabel={categoryLabel}
      />
    </>
  );
  // wide: the category's label left of its bars; narrow (a phone, 400 % zoom): the label on a line above them
  const draw = (width: number) => {
    const stacked = width < 480;
    const labelWidth = stacked ? 0 : Math.min(170, Math.round(width * 0.3));
    const labelLine = stacked ? 16 : 0;
    const plotWidth = width - labelWidth - 60;
    const scale = (v: number) => (v / max) * plotWidth;
    const groupHeight = labelLine + series.length * barHeight + groupGap;
    const height = Math.max(40, categories.length * groupHeight + 10);
    return {
      height,
      content: (
        <>
          {categories.map((c, ci) => {
            const y0 = ci * groupHeight + 4 + labelLine;
            return (
              <g key={c}>
                <text
                  x={stacked ? 0 : labelWidth - 8}
                  y={stacked ? y0 - 4 : y0 + (series.length * barHeight) / 2 + 4}
                  textAnchor={stacked ? 'start' : 'end'}
                  className="chart__label"
                >
                  {c}
                </text>
                {series.map((s, si) => {
                  const v = s.values[ci];
                  const y = y0 + si * barHeight;
                  return (
                    <g key={s.name}>
                      {v === null ? (
                        <rect x={labelWidth} y={y + 2} width={24} height={barHeight - 4} className="chart__suppressed">
                          <title>{`${s.name}, ${c}: ${s.nullText ?? WITHHELD}`}</title>
                        </rect>
                      ) : (
                        <rect
                          x={labelWidth}
                          y={y + 2}
                          width={Math.max(1, scale(v))}
                          height={barHeight - 4}
                          fill={COLOURS[si % COLOURS.length]}
                        />
                      )}
                      <text
                        x={labelWidth + (v === null ? 28 : scale(v) + 4)}
                        y={y + barHeight - 4}
                        className="chart__value"
                      >
                        {v === null ? (s.nullText ?? WITHHELD) : number(v)}
                      </text>
                    </g>
                  );
                })}
                {reference?.[ci] != null && (
                  <line
                    x1={labelWidth + scale(reference[ci])}
                    x2={labelWidth + scale(reference[ci])}
                    y1={y0}
                    y2={y0 + series.length * barHeight}
                    className="chart__reference"
                  >
                    <title>{`${referenceLabel ?? 'Referenz'}: ${number(reference[ci])}`}</title>
                  </line>
                )}
              </g>
            );
          })}
        </>
      ),
    };
  };
  return (
    <ChartFigure
      title={title}
      caption={caption}
      testId={testId}
      series={series}
      categories={categories}
      draw={draw}
      below={below}
    />
  );
}

/** Lines over time (months), one per series. */
export function LineChart({
  title,
  categories,
  series,
  caption,
  testId,
}: {
  title: string;
  categories: string[];
  series: Series[];
  caption?: ReactNode;
  testId?: string;
}) {
  const height = 220;
  const left = 40;
  const bottom = 28;
  const plotHeight = height - bottom - 12;
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const y = (v: number) => 12 + plotHeight - (v / max) * plotHeight;
  const ticks = Array.from(new Set([0, Math.round(max / 2), max]));
  const draw = (width: number) => {
    const plotWidth = width - left - 16;
    const x = (i: number) =>
      left + (categories.length <= 1 ? plotWidth / 2 : (i / (categories.length - 1)) * plotWidth);
    // a month's label needs about 56 px: on a narrow drawing every second (or third …) month is named
    const labelEvery = Math.max(1, Math.ceil((categories.length * 56) / Math.max(plotWidth, 1)));
    return {
      height,
      content: (
        <>
          {ticks.map((t) => (
            <g key={t}>
              <line x1={left} x2={width - 16} y1={y(t)} y2={y(t)} className="chart__grid" />
              <text x={left - 6} y={y(t) + 4} textAnchor="end" className="chart__value">
                {number(t)}
              </text>
            </g>
          ))}
          {categories.map((c, i) =>
            i % labelEvery === 0 ? (
              <text key={c} x={x(i)} y={height - 8} textAnchor="middle" className="chart__label">
                {c}
              </text>
            ) : null,
          )}
          {series.map((s, si) => {
            const colour = COLOURS[si % COLOURS.length];
            const points = s.values.map((v, i) => (v === null ? null : `${x(i)},${y(v)}`));
            const path = points.reduce<string>(
              (acc, p, i) => (p === null ? acc : `${acc}${acc === '' || points[i - 1] === null ? 'M' : 'L'}${p} `),
              '',
            );
            return (
              <g key={s.name}>
                <path d={path} fill="none" stroke={colour} strokeWidth={2} />
                {s.values.map((v, i) =>
                  v === null ? (
                    // a hollow mark on the axis (the data table below names it): a line of texts would cover the chart
                    <circle key={i} cx={x(i)} cy={y(0)} r={3.5} fill="#fff" stroke={colour} strokeDasharray="2 1.5">
                      <title>{`${s.name}, ${categories[i]}: ${s.nullText ?? WITHHELD}`}</title>
                    </circle>
                  ) : (
                    <circle key={i} cx={x(i)} cy={y(v)} r={3.5} fill={colour}>
                      <title>{`${s.name}, ${categories[i]}: ${number(v)}`}</title>
                    </circle>
                  ),
                )}
              </g>
            );
          })}
        </>
      ),
    };
  };
  return (
    <ChartFigure
      title={title}
      caption={caption}
      testId={testId}
      series={series}
      categories={categories}
      draw={draw}
      below={<DataTable categories={categories} series={series} categoryLabel="Monat" />}
    />
  );
}
