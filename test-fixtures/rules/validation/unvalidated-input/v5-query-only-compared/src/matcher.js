// how well a stored example fits the query of a request: its parameters are only compared, one by one
function fit(example, params) {
  let score = 0;
  for (const key of Object.keys(example.query)) {
    if (params[key] === example.query[key]) score += 2;
    else if (params[key] !== undefined) score += 1;
  }
  return score;
}

function bestExample(examples, params) {
  const ranked = examples
    .map((example) => ({ example, score: fit(example, params || {}) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score);
  return ranked.length ? ranked[0].example : null;
}

module.exports = { bestExample };
