const { Ratelimit } = require('@upstash/ratelimit');
const { Redis } = require('@upstash/redis');

// One sliding-window limiter per (limit, window) pair, built the first time that pair is asked for.
const windows = new Map();

function windowFor(limit, seconds) {
  const key = `${limit}:${seconds}`;
  let found = windows.get(key);
  if (!found) {
    found = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(limit, `${seconds} s`) });
    windows.set(key, found);
  }
  return found;
}

async function allowIp(ip, limit, seconds) {
  const { success } = await windowFor(limit, seconds).limit(ip);
  return success;
}

module.exports = { allowIp };
