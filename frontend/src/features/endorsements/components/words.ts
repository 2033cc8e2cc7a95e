import type { Schemas } from '../../../lib/api';

/** The endorsement statuses and actions in words (the order of the status filter). */
export const STATUS_WORDS: Record<Schemas['EndorsementStatus'], string> = {
  CREATED: 'Sent, not opened yet',
  RECEIVED: 'Opened, waiting for approval',
  APPROVED: 'Approved, waiting for confirmation',
  COMPLETED: 'Active',
  DECLINED: 'Declined',
  CANCELLED: 'Cancelled',
  EXPIRED: 'Expired',
  ENDED: 'Ended',
};

export const ACTION_LABELS: Record<Schemas['EndorsementAction'], string> = {
  APPROVE: 'Approve',
  DECLINE: 'Decline',
  CONFIRM: 'Confirm',
  CANCEL: 'Cancel the request',
  END: 'End the endorsement',
};
