import type { ReactNode } from 'react';
import { useId } from 'react';
import { useT } from '../../../i18n';
import { text } from '../../../lib/format';
import { figureText, formatNumber, isWithheld, numberOf, type Count } from './figures';

/**
 * Small hand-written SVG charts (no chart library: the dashboard must stay light for phones). Each is an
 * image with a title and a summary for screen readers; the table next to it carries every figure.
 * Withheld figures (`<10`, `x`) are left out of the drawing, never drawn as a guess.
 */

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 12, right: 12, bottom: 32, left: 64 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;

/** A round top for the y axis, and the 4 steps up to it. */
function axis(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= rough)!;
  const ticks = [0, 1, 2, 3, 4].map((i) => Math.round(i * step * 100) / 100);
  return step < 1 ? [0, 1] : ticks;
}

/** A point's or a bar's tooltip: `Waiting at month end, November 2026: 1,234`. */
const pointTitle = (series: string, month: string, value: Count) => text('statistics.chart.point', { series, month, value: figureText(value) });

const y = (value: number, top: number) => MARGIN.top + PLOT_HEIGHT - (value / top) * PLOT_HEIGHT;

/**
 * The chart, and under it, in words, that withheld figures are not drawn (a gap or a shorter stack is no cue on
 * its own). When every figure is withheld there is nothing to draw: an empty frame with an axis of 0 to 1 would
 * read as "none", so only the words are shown.
 */
function Frame({ title, summary, ticks, labels, slot, values, children }: {
  title: string;
  summary: string;
  ticks: number[];
  labels: string[];
  /** The x position of the middle of the i-th label's slot. */
  slot: (i: number) => number;
  /** Every figure the chart is about. */
  values: Count[];
  children: ReactNode;
}) {
  const id = useId();
  const t = useT();
  const top = ticks[ticks.length - 1];
  const every = Math.ceil(labels.length / 8);
  const withheld = values.some(isWithheld);
  if (withheld && values.every((value) => numberOf(value) === null)) {
    return <p className="pas-hint">{t('statistics.chart.allWithheld')}</p>;
  }
  return (
    <>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="pas-svg-chart" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick, top)} y2={y(tick, top)} stroke={tick === 0 ? '#5a5a5a' : '#d8d8d8'} />
            <text x={MARGIN.left - 6} y={y(tick, top) + 4} textAnchor="end" fontSize="13" fill="#2d2d2d">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {labels.map((label, i) =>
          i % every === 0 ? (
            <text key={label} x={slot(i)} y={HEIGHT - 10} textAnchor="middle" fontSize="13" fill="#2d2d2d">
              {label}
            </text>
          ) : null,
        )}
        {children}
      </svg>
      {withheld && (
        <p className="pas-hint">{t('statistics.chart.someWithheld')}</p>
      )}
    </>
  );
}

export interface Series {
  name: string;
  color: string;
  values: Count[];
}

/** Lines over the months; a withheld month is a gap in its line. */
export function LineChart({ title, summary, labels, names, series }: {
  title: string;
  summary: string;
  /** Axis labels (short) and full names (for the points' tooltips) of the months. */
  labels: string[];
  names: string[];
  series: Series[];
}) {
  const ticks = axis(Math.max(0, ...series.flatMap((s) => s.values.map((v) => numberOf(v) ?? 0))));
  const top = ticks[ticks.length - 1];
  const step = PLOT_WIDTH / Math.max(labels.length, 1);
  const x = (i: number) => MARGIN.left + step * (i + 0.5);
  return (
    <Frame title={title} summary={summary} ticks={ticks} labels={labels} slot={x} values={series.flatMap((s) => s.values)}>
      {series.map((s) => {
        let path = '';
        s.values.forEach((value, i) => {
          const n = numberOf(value);
          if (n === null) return;
          const previous = i > 0 ? numberOf(s.values[i - 1]) : null;
          path += `${previous === null ? 'M' : 'L'}${x(i).toFixed(1)} ${y(n, top).toFixed(1)} `;
        });
        return (
          <g key={s.name}>
            <path d={path.trim()} fill="none" stroke={s.color} strokeWidth="3" />
            {s.values.map((value, i) => {
              const n = numberOf(value);
              return n === null ? null : (
                <circle key={i} cx={x(i)} cy={y(n, top)} r="4" fill={s.color}>
                  <title>{pointTitle(s.name, names[i], value)}</title>
                </circle>
              );
            })}
          </g>
        );
      })}
    </Frame>
  );
}

export interface Bar {
  /** Stacked from the bottom, each with its series' colour. */
  segments: Series[];
}

/** Groups of bars side by side (one group per month or per category), each bar a stack of segments. */
export function BarChart({ title, summary, labels, names, bars }: {
  title: string;
  summary: string;
  labels: string[];
  names: string[];
  /** The bars of a group, each segment with one value per group. */
  bars: Bar[];
}) {
  const total = (bar: Bar, i: number) => bar.segments.reduce((sum, s) => sum + (numberOf(s.values[i]) ?? 0), 0);
  const ticks = axis(Math.max(0, ...labels.flatMap((_, i) => bars.map((bar) => total(bar, i)))));
  const top = ticks[ticks.length - 1];
  const group = PLOT_WIDTH / Math.max(labels.length, 1);
  const width = (group * 0.8) / bars.length;
  const x = (i: number) => MARGIN.left + group * (i + 0.5);
  return (
    <Frame title={title} summary={summary} ticks={ticks} labels={labels} slot={x} values={bars.flatMap((bar) => bar.segments.flatMap((s) => s.values))}>
      {labels.map((label, i) => (
        <g key={label}>
          {bars.map((bar, b) => {
            let base = 0;
            const left = MARGIN.left + group * i + group * 0.1 + width * b;
            return bar.segments.map((s) => {
              const n = numberOf(s.values[i]);
              if (n === null || n === 0) return null;
              const rect = (
                <rect key={s.name} x={left} width={Math.max(width - 1, 1)} y={y(base + n, top)} height={y(base, top) - y(base + n, top)} fill={s.color} stroke="#fff" strokeWidth="0.5">
                  <title>{pointTitle(s.name, names[i], s.values[i])}</title>
                </rect>
              );
              base += n;
              return rect;
            });
          })}
        </g>
      ))}
    </Frame>
  );
}

/** The colours of the series, for the sighted; hidden from screen readers, who have the table. */
export function Legend({ series }: { series: Pick<Series, 'name' | 'color'>[] }) {
  return (
    <ul className="pas-chart-legend" aria-hidden="true">
      {series.map((s) => (
        <li key={s.name}>
          <span className="pas-swatch" style={{ background: s.color }} /> {s.name}
        </li>
      ))}
    </ul>
  );
}
