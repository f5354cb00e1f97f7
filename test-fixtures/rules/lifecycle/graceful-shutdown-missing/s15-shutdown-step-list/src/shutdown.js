// runs each step in turn; a failing step is logged and the next one still runs
export function makeShutdown({ steps, timeoutMs = 30000, log = console }) {
  let running = false;
  return async (signal) => {
    if (running) return;
    running = true;
    log.info(`${signal}: shutting down`);
    const timer = setTimeout(() => process.exit(1), timeoutMs);
    timer.unref();
    let code = 0;
    for (const step of steps) {
      try {
        await step.run();
      } catch (err) {
        code = 1;
        log.error(`shutdown step ${step.name} failed`, err);
      }
    }
    clearTimeout(timer);
    process.exit(code);
  };
}
