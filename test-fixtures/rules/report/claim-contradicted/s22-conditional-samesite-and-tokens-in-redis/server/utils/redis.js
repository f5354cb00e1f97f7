const redis = require('redis');

const client = redis.createClient({ url: process.env.REDIS_URL });

async function storeToken(userId, token) {
  await client.setEx(`token:${userId}`, 86400, token);
}

module.exports = { storeToken };
