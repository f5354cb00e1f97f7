type Level = 'debug' | 'info' | 'warn' | 'error';

// The app's logger: one JSON line per entry, written to stdout/stderr for the platform's log drain.
export function createLogger(tag: string) {
  function log(level: Level, msg: string, extra?: Record<string, unknown>) {
    const time = new Date().toISOString();
    if (process.stdout.isTTY) {
      // readable lines on a developer's terminal
      console.log(`[${time}] [${tag}] ${level}: ${msg}`);
      return;
    }
    const line = JSON.stringify({ time, level, tag, msg, ...extra });
    if (level === 'error') console.error(line);
    else if (level === 'warn') console.warn(line);
    else console.log(line);
  }
  return {
    info: (msg: string, extra?: Record<string, unknown>) => log('info', msg, extra),
    warn: (msg: string, extra?: Record<string, unknown>) => log('warn', msg, extra),
    error: (msg: string, extra?: Record<string, unknown>) => log('error', msg, extra),
  };
}

// adds the request's fields to an entry (a debugging line was left behind here)
export function withRequest(fields: Record<string, unknown>, requestId: string) {
  console.log(fields); // expect: logging/console-in-server
  return { ...fields, requestId };
}
