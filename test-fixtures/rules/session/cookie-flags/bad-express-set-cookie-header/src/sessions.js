const { createClient } = require('redis');
const redis = createClient({ url: process.env.REDIS_URL });
exports.sessions = {
  check: async (email, password) => (email && password ? { id: 1 } : null),
  save: (sid, userId) => redis.set('sess:' + sid, String(userId), { EX: 3600 }),
};
