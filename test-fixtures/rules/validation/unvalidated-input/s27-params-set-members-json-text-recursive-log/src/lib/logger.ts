const HIDDEN = new Set(['email', 'password', 'token']);

/** Masks the hidden keys at every depth; a visited set stops at cycles. */
function mask(data: unknown, seen = new WeakSet<object>()): unknown {
  if (data === null || typeof data !== 'object') return data;
  if (seen.has(data as object)) return '[cycle]';
  seen.add(data as object);
  if (Array.isArray(data)) return data.map((item) => mask(item, seen));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    out[key] = HIDDEN.has(key) ? '***' : mask(value, seen);
  }
  return out;
}

function write(level: string, msg: string, data?: Record<string, unknown>) {
  const line = { level, msg, ...(data && { data: mask(data) }), at: new Date().toISOString() };
  const print = level === 'error' ? console.error : console.log;
  print(JSON.stringify(line));
}

export const logger = {
  info: (msg: string, data?: Record<string, unknown>) => write('info', msg, data),
  error: (msg: string, data?: Record<string, unknown>) => write('error', msg, data),
};
