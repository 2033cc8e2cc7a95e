import type account from './messages/en/account.json';
import type common from './messages/en/common.json';
import type patient from './messages/en/patient.json';
import type publicPages from './messages/en/public.json';
import type statistics from './messages/en/statistics.json';

/**
 * Every message key, from the English catalogues: a key that does not exist fails the type check. A new
 * namespace (a new `messages/en/<namespace>.json`) is added here.
 */
export type MessageId =
  | keyof typeof common
  | keyof typeof publicPages
  | keyof typeof statistics
  | keyof typeof patient
  | keyof typeof account;

/** Marks a key kept for later (in a table of labels), so that the check sees it used: `msg('common.enum.WAITING')`. */
export const msg = (id: MessageId): MessageId => id;
