import { Button } from '@bcgov/design-system-react-components';
import { useConfirmContact } from '../../../api/waitlist';
import type { Schemas } from '../../../lib/api';
import { ErrorAlert } from '../../../components/status';
import { fullName } from '../../../lib/format';

type Done = (message: string) => void;

/**
 * A PAUSED entry (declined 3 times as "could not contact"): when the patient reached the coordinator
 * and their contact details are right, it waits again in the same place.
 */
export function ConfirmContact({ entry, onDone }: { entry: Schemas['WaitlistEntry']; onDone: Done }) {
  const confirm = useConfirmContact(entry.id);
  const name = fullName(entry.patient);
  return (
    <div className="pas-action">
      <Button
        variant="secondary"
        size="small"
        isDisabled={confirm.isPending}
        aria-label={`Contact confirmed: resume ${name}`}
        onPress={() => confirm.mutate(undefined, { onSuccess: () => onDone(`${name} is waiting again, in the same place.`) })}
      >
        Contact confirmed: resume
      </Button>
      {confirm.error != null && <ErrorAlert error={confirm.error} title={`${name} was not resumed`} />}
    </div>
  );
}
