// Trims every string of the request, at every depth: keys are kept as sent, so an operator object passes.
function tidy(input) {
  if (typeof input === 'string') return input.trim();
  if (input === null || typeof input !== 'object') return input;
  for (const key of Object.keys(input)) input[key] = tidy(input[key]);
  return input;
}

function trimStrings(req, res, next) {
  req.body = tidy(req.body);
  req.query = tidy(req.query);
  next();
}

// Drops `$` keys of the body's top level only: {"email": {"$ne": null}} keeps its operator.
function dropTopLevelOperators(req, res, next) {
  for (const key of Object.keys(req.body || {})) {
    if (key.startsWith('$')) delete req.body[key];
  }
  next();
}

module.exports = { trimStrings, dropTopLevelOperators };
