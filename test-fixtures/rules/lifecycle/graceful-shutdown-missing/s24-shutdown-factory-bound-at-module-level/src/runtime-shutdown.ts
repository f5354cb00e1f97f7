export interface ShutdownOptions {
  close: () => Promise<void>;
  timeoutMs: number;
}

// one shutdown per process, forced out when closing takes too long
export function createGracefulShutdown(options: ShutdownOptions) {
  let started = false;
  return async (signal: string) => {
    if (started) return;
    started = true;
    console.info(`stopping on ${signal}`);
    const force = setTimeout(() => process.exit(1), options.timeoutMs);
    await options.close();
    clearTimeout(force);
    process.exitCode = 0;
  };
}
