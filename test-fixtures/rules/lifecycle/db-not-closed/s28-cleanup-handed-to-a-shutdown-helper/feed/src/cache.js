const Redis = require('ioredis');

let cacheClient = null;

function connectCache() {
  cacheClient = new Redis(process.env.REDIS_URL, { lazyConnect: true });
  return cacheClient.connect();
}

function cached(key) {
  return cacheClient ? cacheClient.get(key) : null;
}

async function closeCache() {
  if (cacheClient) {
    await cacheClient.quit();
    cacheClient = null;
  }
}

module.exports = { connectCache, cached, closeCache };
