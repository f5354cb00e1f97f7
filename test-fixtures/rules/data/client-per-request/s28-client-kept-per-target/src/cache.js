const Redis = require('ioredis');

let cacheClient = null;
let ready = false;

// the shared cache client; made again only after it dropped
async function cache() {
  if (cacheClient && ready) {
    return cacheClient;
  }
  cacheClient = new Redis(process.env.REDIS_URL, { lazyConnect: true });
  cacheClient.on('ready', () => { ready = true; });
  cacheClient.on('end', () => { ready = false; });
  await cacheClient.connect();
  return cacheClient;
}

module.exports = { cache };
