import { requireUser, requireRole, logRequest } from '../middleware/auth';

// the guards a route needs, handed out as one list and spread into the registration
export function guarded(role: 'admin' | 'teacher') {
  return [requireUser(), requireRole(role)] as const;
}

export function traced() {
  return [logRequest()] as const;
}
