import { useState } from 'react';
import { fieldError } from '../../../components/fields';
import { Form, SubmitRow, TextAreaField, TextField } from '../../../components/form';
import { Success } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { useStartEndorsement } from '../api/endorsements';

/** A provider endorses a staff member, or a staff member asks a provider: a one-time link by email. */
export function StartEndorsement({ initiatorRole }: { initiatorRole: Schemas['EndorsementPartyRole'] }) {
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState('');
  const start = useStartEndorsement();
  const asProvider = initiatorRole === 'ENDORSER';
  const submit = () =>
    start.mutate(
      { initiatorRole, recipientEmail: email, message: message || undefined },
      {
        onSuccess: () => {
          setEmail('');
          setMessage('');
        },
      },
    );
  return (
    <Form className="pas-form" aria-labelledby="start-heading" onSubmit={submit}>
      <h2 id="start-heading">{asProvider ? 'Endorse a staff member' : 'Ask a provider to endorse you'}</h2>
      <p>
        {asProvider
          ? 'A staff member you endorse can keep your capacity, panel and proposals up to date for you. They get a one-time link by email.'
          : 'The provider gets a one-time link by email. Once they approve and you confirm, you can work for them.'}
      </p>
      <TextField
        label={asProvider ? "Staff member's email" : "Provider's email"}
        type="email"
        value={email}
        onChange={setEmail}
        required
        error={fieldError(start.error, 'recipientEmail')}
      />
      <TextAreaField label="Message (optional, included in the email)" value={message} onChange={setMessage} maxLength={1000} error={fieldError(start.error, 'message')} />
      {start.isSuccess && <Success>Sent to {start.data.endorsee.email === email ? email : 'the recipient'}. The link is valid for 30 days.</Success>}
      <SubmitRow label="Send the link" pending={start.isPending} error={start.error} errorTitle="Not sent" />
    </Form>
  );
}
