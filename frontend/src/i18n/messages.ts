import type account from './messages/en/account.json';
import type common from './messages/en/common.json';
import type patient from './messages/en/patient.json';

/**
 * Every message key, from the English catalogues: a key that does not exist fails the type check. A new
 * namespace (a new `messages/en/<namespace>.json`) is added here.
 */
export type MessageId = keyof typeof common | keyof typeof patient | keyof typeof account;

/** Marks a key kept for later (in a table of labels), so that the check sees it used: `msg('common.status.waiting')`. */
export const msg = (id: MessageId): MessageId => id;
