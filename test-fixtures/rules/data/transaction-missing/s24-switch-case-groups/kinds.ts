export const KINDS = {
  STARTED: 'plan.started',
  CHANGED: 'plan.changed',
  ENDED: 'plan.ended',
  FAILED: 'charge.failed',
  REFUNDED: 'charge.refunded',
} as const;
