// Deletes MongoDB operator keys ($gt, $where, ...) and dotted paths from request data, at every depth.
function scrub(input) {
  if (Array.isArray(input)) return input.map(scrub);
  if (input === null || typeof input !== 'object') return input;
  for (const key of Object.keys(input)) {
    if (key.startsWith('$') || key.includes('.')) {
      delete input[key];
    } else {
      input[key] = scrub(input[key]);
    }
  }
  return input;
}

function stripOperators(req, res, next) {
  scrub(req.body);
  scrub(req.query);
  scrub(req.params);
  next();
}

module.exports = stripOperators;
