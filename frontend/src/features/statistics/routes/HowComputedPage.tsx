import { Fragment, useEffect } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { config, swaggerUiUrl } from '../../../config/env';
import { msg, useT, type MessageId } from '../../../i18n';
import { csvUrl } from '../api/statistics';
import { lastClosedMonths } from '../components/months';
import { strong } from '../components/rich';

/**
 * Brings the section named by the address's `#…` into view and gives its heading the focus (the dashboard's
 * note links `#withheld`). The router does not do it, the section does not exist yet when a lazy page is
 * navigated to, and PageTitle has just focused the h1 (a child's effect runs first).
 */
function useSectionOfHash() {
  const { hash } = useLocation();
  useEffect(() => {
    const heading = hash ? document.getElementById(hash.slice(1))?.querySelector<HTMLElement>('h2') : null;
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView?.();
  }, [hash]);
}

/** The figures defined, in the dashboard's words: a term and its definition each. */
const FIGURES: [MessageId, MessageId][] = [
  [msg('statistics.how.figures.waiting.term'), msg('statistics.how.figures.waiting.text')],
  [msg('statistics.how.figures.registered.term'), msg('statistics.how.figures.registered.text')],
  [msg('statistics.how.figures.returned.term'), msg('statistics.how.figures.returned.text')],
  [msg('statistics.how.figures.moved.term'), msg('statistics.how.figures.moved.text')],
  [msg('statistics.how.figures.attached.term'), msg('statistics.how.figures.attached.text')],
  [msg('statistics.how.figures.left.term'), msg('statistics.how.figures.left.text')],
  [msg('statistics.how.figures.netChange.term'), msg('statistics.how.figures.netChange.text')],
  [msg('statistics.how.figures.population.term'), msg('statistics.how.figures.population.text')],
  [msg('statistics.how.figures.durations.term'), msg('statistics.how.figures.durations.text')],
  [msg('statistics.how.figures.wait.term'), msg('statistics.how.figures.wait.text')],
  [msg('statistics.how.figures.capacity.term'), msg('statistics.how.figures.capacity.text')],
  [msg('statistics.how.figures.spacesUsed.term'), msg('statistics.how.figures.spacesUsed.text')],
];

/** Every figure of the dashboard in plain words, with the rules the API computes them by (openapi.yaml, AreaStatistics). */
export function HowComputedPage() {
  useSectionOfHash();
  const t = useT();
  return (
    <>
      <PageTitle>{t('statistics.how.title')}</PageTitle>
      <p className="pas-lead">{t('statistics.how.lead')}</p>

      <section aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">{t('statistics.how.waiting.title')}</h2>
        <p>
          <FormattedMessage id="statistics.how.waiting.text" values={{ strong }} />
        </p>
      </section>

      <section aria-labelledby="months-heading">
        <h2 id="months-heading">{t('statistics.how.months.title')}</h2>
        <p>{t('statistics.how.months.text')}</p>
      </section>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">{t('statistics.how.figures.title')}</h2>
        <dl className="pas-definitions">
          {FIGURES.map(([term, definition]) => (
            <Fragment key={term}>
              <dt>{t(term)}</dt>
              <dd>{t(definition)}</dd>
            </Fragment>
          ))}
        </dl>
      </section>

      <section aria-labelledby="identity-heading">
        <h2 id="identity-heading">{t('statistics.how.identity.title')}</h2>
        <p>{t('statistics.how.identity.intro')}</p>
        <p className="pas-formula">{t('statistics.how.identity.formula')}</p>
        <p>
          <FormattedMessage id="statistics.how.identity.short" values={{ strong }} />
        </p>
      </section>

      <section id="withheld" aria-labelledby="withheld-heading">
        <h2 id="withheld-heading">{t('statistics.how.withheld.title')}</h2>
        <p>
          <FormattedMessage id="statistics.how.withheld.text" values={{ strong }} />
        </p>
      </section>

      <section aria-labelledby="population-heading">
        <h2 id="population-heading">{t('statistics.how.population.title')}</h2>
        <p>{t('statistics.how.population.text')}</p>
      </section>

      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t('statistics.how.data.title')}</h2>
        <ul>
          <li>
            <FormattedMessage
              id="statistics.how.data.csv"
              values={{
                csv: (chunks) => <a href={csvUrl({ level: 'PROVINCE' }, lastClosedMonths(12))}>{chunks}</a>,
                dashboard: (chunks) => <Link to="/statistics">{chunks}</Link>,
              }}
            />
          </li>
          <li>
            <FormattedMessage id="statistics.how.data.api" values={{ link: (chunks) => <a href={swaggerUiUrl(config.apiUrl)}>{chunks}</a> }} />
          </li>
        </ul>
      </section>
    </>
  );
}
