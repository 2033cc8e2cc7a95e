import { Button } from '@bcgov/design-system-react-components';
import type { Schemas } from '../../../lib/api';
import { Empty, ErrorAlert, QueryView } from '../../../components/status';
import { Table } from '../../../components/Table';
import { fullName } from '../../../lib/format';
import { suggestionReasonWords } from '../../../lib/matching';
import { usePropose, useSuggestions } from '../api/waitlist-entries';

type Entry = Schemas['WaitlistEntry'];

/** The providers with room for a waiting entry, best fit first, each proposed in one click. */
export function Suggestions({ entry, onDone }: { entry: Entry; onDone: (message: string) => void }) {
  const suggestions = useSuggestions(entry.id, entry.status === 'WAITING');
  const propose = usePropose(entry.id);
  const name = fullName(entry.patient);
  const press = (s: Schemas['ProviderSuggestion']) =>
    propose.mutate(
      { providerId: s.providerId, includeHousehold: entry.matchWithHousehold },
      { onSuccess: ({ entries }) => onDone(`Proposed ${entries.length === 1 ? name : `${entries.length} people`} to ${s.providerName}.`) },
    );
  return (
    <section aria-labelledby="suggestions" className="pas-panel">
      <h2 id="suggestions">Suggested providers</h2>
      {entry.status !== 'WAITING' ? (
        <Empty>Only a waiting person can be proposed.</Empty>
      ) : (
        <QueryView query={suggestions} what="the suggested providers">
          {({ items }) =>
            items.length === 0 ? (
              <Empty>No provider in this community has room now.</Empty>
            ) : (
              <>
                {propose.error != null && <ErrorAlert error={propose.error} title="Not proposed" />}
                <Table caption="Providers with room, best fit first" columns={['Provider', 'Clinic', 'Places left this month (after open proposals)', 'Panel room', 'Why', '']}>
                  {items.map((s) => (
                    <tr key={s.providerId}>
                      <th scope="row">{s.providerName}</th>
                      <td>{s.clinicName}</td>
                      <td>{s.availableThisMonth}</td>
                      <td>{s.panelRoom}</td>
                      <td>
                        <ul className="pas-reasons">
                          {s.reasons.map((r) => (
                            <li key={r}>{suggestionReasonWords[r]}</li>
                          ))}
                        </ul>
                      </td>
                      <td>
                        <Button variant="primary" size="small" isDisabled={propose.isPending} onPress={() => press(s)} aria-label={`Propose ${name} to ${s.providerName}`}>
                          Propose
                        </Button>
                      </td>
                    </tr>
                  ))}
                </Table>
              </>
            )
          }
        </QueryView>
      )}
    </section>
  );
}
