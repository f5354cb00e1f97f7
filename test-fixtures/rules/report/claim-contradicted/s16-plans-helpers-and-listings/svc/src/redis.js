const Redis = require('ioredis');

class RedisService {
  constructor(url) {
    this.client = new Redis(url);
  }

  async hold(seat, session) {
    const ok = await this.client.set(`hold:${seat}`, session, 'EX', 600, 'NX');
    return ok === 'OK';
  }

  async checkRateLimit(key, limit, windowSeconds) {
    const count = await this.client.incr(`rl:${key}`);
    if (count === 1) await this.client.expire(`rl:${key}`, windowSeconds);
    return count <= limit;
  }
}

module.exports = { RedisService };
