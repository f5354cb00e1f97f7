// Trims every string of the request at every depth; keys (operators included) are kept as sent.
const trimmed = (value) => {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(trimmed);
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [key, inner] of Object.entries(value)) out[key] = trimmed(inner);
  return out;
};

const sanitizeRequest = (req, res, next) => {
  if (req.body) req.body = trimmed(req.body);
  if (req.query) req.query = trimmed(req.query);
  next();
};

module.exports = sanitizeRequest;
