const redis = require('redis');

class CacheClient {
  constructor() {
    this.client = redis.createClient({ url: process.env.REDIS_URL });
  }

  async connect() {
    await this.client.connect();
  }

  // catalogue lookups only: no session is ever written here
  async put(key, value, ttlSeconds) {
    await this.client.setEx(key, ttlSeconds, JSON.stringify(value));
  }

  async fetch(key) {
    const raw = await this.client.get(key);
    return raw ? JSON.parse(raw) : null;
  }
}

module.exports = new CacheClient();
