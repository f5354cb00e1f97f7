const redis = require('redis');

class CacheClient {
  constructor() {
    this.client = redis.createClient({ url: process.env.REDIS_URL });
  }

  async connect() {
    await this.client.connect();
  }

  async put(key, value, ttlSeconds) {
    await this.client.setEx(key, ttlSeconds, JSON.stringify(value));
  }

  async fetch(key) {
    const raw = await this.client.get(key);
    return raw ? JSON.parse(raw) : null;
  }

  // login sessions of the music provider's sign-in live here, with their own expiry
  async storeSession(sessionId, data, ttlSeconds = 3600) {
    return this.client.setEx(`login:${sessionId}`, ttlSeconds, JSON.stringify(data));
  }

  async loadSession(sessionId) {
    return this.fetch(`login:${sessionId}`);
  }
}

module.exports = new CacheClient();
