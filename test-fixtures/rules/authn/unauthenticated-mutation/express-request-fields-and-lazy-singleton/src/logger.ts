import pino from 'pino';

const baseOptions: Record<string, unknown> = { level: 'info' };
let LOG: pino.Logger | null = null;

// built on first use, then shared
export function log(): pino.Logger {
  if (!LOG) {
    const options = baseOptions;
    if (process.env.LOG_PRETTY) options.transport = { target: 'pino-pretty' };
    LOG = pino(options);
  }
  return LOG;
}
