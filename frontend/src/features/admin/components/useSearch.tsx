import { Button } from '@bcgov/design-system-react-components';
import { useState } from 'react';
import { Form, TextField } from '../../../components/form';

/** A search box that applies on submit, and the page to show. */
export function useSearch() {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const form = (label: string) => (
    <Form
      role="search"
      className="pas-search"
      onSubmit={() => {
        setQ(text.trim());
        setPage(0);
      }}
    >
      <TextField label={label} type="search" value={text} onChange={setText} />
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </Form>
  );
  return { q: q || undefined, page, setPage, form };
}
