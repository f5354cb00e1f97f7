const Redis = require('ioredis');

let client = null;

// the shared Redis client, or null when the deployment has no Redis
function cacheClient() {
  if (!process.env.REDIS_URL) return null;
  if (!client) client = new Redis(process.env.REDIS_URL);
  return client;
}

module.exports = { cacheClient };
