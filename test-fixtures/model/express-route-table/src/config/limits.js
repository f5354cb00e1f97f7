const rateLimit = require('express-rate-limit');

// stricter budget for the sign-in endpoints
const signInLimiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 20 });

module.exports = { signInLimiter };
