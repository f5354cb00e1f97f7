// Rebuilds request data without keys that start with `$` (operators) or hold a dot, at every depth.
const withoutOperators = (value) => {
  if (Array.isArray(value)) return value.map(withoutOperators);
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [key, inner] of Object.entries(value)) {
    if (/^\$/.test(key) || key.includes('.')) continue;
    out[key] = withoutOperators(inner);
  }
  return out;
};

const sanitizeRequest = (req, res, next) => {
  if (req.body) req.body = withoutOperators(req.body);
  if (req.query) req.query = withoutOperators(req.query);
  next();
};

module.exports = sanitizeRequest;
