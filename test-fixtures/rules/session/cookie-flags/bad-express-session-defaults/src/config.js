module.exports = {
  redisUrl: process.env.REDIS_URL,
  sessionSecret: process.env.SESSION_SECRET,
};
