const { createClient } = require('redis'); exports.redis = createClient({ url: process.env.REDIS_URL }); exports.users = { findOne: async () => null };
