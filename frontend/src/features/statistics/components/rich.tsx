import type { ReactNode } from 'react';

/** `<strong>…</strong>` in a catalogue message, for `<FormattedMessage values={{ strong }} />`. */
export const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;
