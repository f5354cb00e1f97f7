const { rateLimit: makeLimiter } = require("express-rate-limit");

// turned off by a flag for local runs; otherwise an express-rate-limit instance per route
function limitRequests(opts) {
  if (process.env.NO_LIMITS === "1") {
    return function (req, res, next) {
      return next();
    };
  }
  return makeLimiter({ windowMs: opts.seconds * 1000, limit: opts.max });
}

module.exports = { limitRequests };
