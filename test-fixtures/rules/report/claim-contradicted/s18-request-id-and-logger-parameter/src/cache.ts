interface PurgeLogger {
  warn(message: string, detail?: unknown): void;
}

interface PurgeArgs {
  keys: string[];
  logger?: PurgeLogger;
}

const entries = new Map<string, unknown>();

export function purgeCache(args: PurgeArgs) {
  const { keys, logger } = args;
  Promise.resolve()
    .then(() => keys.forEach((k) => entries.delete(k)))
    .catch((e) => logger?.warn('cache purge failed', e));
}
