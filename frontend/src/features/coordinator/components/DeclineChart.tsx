import { complexityBandValues } from '../../../api/schema';
import type { Schemas } from '../../../lib/api';
import { words } from '../../../lib/format';
import { declineRate, rowKey, rowName } from './fairness-rows';


/** Decline rate by complexity band per row: bars for sighted users, the same figures in the table. */
export function DeclineChart({ rows }: { rows: Schemas['FairnessRow'][] }) {
  return (
    <figure className="pas-chart" aria-labelledby="chart-caption">
      <figcaption id="chart-caption">Share of proposals declined, by patient complexity (the table below has the same figures)</figcaption>
      <ul className="pas-chart-legend" aria-hidden="true">
        {complexityBandValues.map((b) => (
          <li key={b}>
            <span className={`pas-swatch pas-bar--${b.toLowerCase()}`} /> {words(b)}
          </li>
        ))}
      </ul>
      <div aria-hidden="true">
        {rows.map((r) => (
          <div key={rowKey(r)} className="pas-chart-row">
            <span className="pas-chart-label">{rowName(r)}</span>
            <span className="pas-chart-bars">
              {complexityBandValues.map((b) => (
                <span key={b} className="pas-chart-bar-line">
                  <span className={`pas-bar pas-bar--${b.toLowerCase()}`} style={{ width: `calc(${Math.max(declineRate(r, b), 0.5)}% * 0.85)` }} />
                  <span className="pas-bar-value">{declineRate(r, b)} %</span>
                </span>
              ))}
            </span>
          </div>
        ))}
      </div>
    </figure>
  );
}
