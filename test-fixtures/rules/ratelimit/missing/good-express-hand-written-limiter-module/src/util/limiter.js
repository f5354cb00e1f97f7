const seen = new Map();

module.exports = function limiter({ windowMs = 60000, max = 20 } = {}) {
  return (req, res, next) => {
    const who = req.ip;
    const now = Date.now();
    const recent = (seen.get(who) || []).filter((t) => t > now - windowMs);
    if (recent.length >= max) {
      seen.set(who, recent);
      return res.status(429).json({ error: "slow down" });
    }
    recent.push(now);
    seen.set(who, recent);
    next();
  };
};
