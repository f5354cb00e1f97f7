import type { Context } from 'hono'

export type ErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHORIZED' | 'RATE_LIMITED' | 'VALIDATION_ERROR'

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHORIZED: 401,
  RATE_LIMITED: 429,
  VALIDATION_ERROR: 400,
}

// every error answer of the worker: the status comes from the code
export function failWith(c: Context, code: ErrorCode, message: string) {
  const status = STATUS_BY_CODE[code] as 400 | 401 | 403 | 404 | 429
  return c.json({ ok: false, code, message }, status)
}
