import { cacheClient, cacheReady } from './cache.js';

// the cache's state for the probes; a slow or failing cache degrades the field, it never fails the probe: the timeout's
// rejection and the client's own happen inside the try, and its catch keeps them
export const cacheState = async () => {
  const up = cacheReady();
  const client = cacheClient();
  const state = { up, status: up ? 'ok' : 'degraded' };
  if (up && client) {
    try {
      const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('cache info timed out')), 1500));
      const info = await Promise.race([client.info('server'), timeout]);
      state.version = info.match(/redis_version:([^\r\n]+)/)?.[1] || 'unknown';
    } catch (err) {
      state.status = 'error';
      console.warn('cache info failed', err.message);
    }
  }
  return state;
};

// the same probe with its timeout raced outside any try: a slow cache rejects into the handler
export const cacheStateStrict = async () => {
  const client = cacheClient();
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('cache info timed out')), 1500));
  const info = await Promise.race([client.info('server'), timeout]);
  return { up: true, info };
};
