const lastMove = new Map();
const COOLDOWN_MS = 2000;

// a move answers 429 while the character's own cooldown runs: an endpoint with a rule of its own, not a rate limiter
async function move(req, res) {
  const characterId = String(req.body.characterId || '');
  if (!/^[a-z0-9-]{1,40}$/.test(characterId)) return res.status(400).json({ error: 'characterId required' });
  const since = Date.now() - (lastMove.get(characterId) || 0);
  if (since < COOLDOWN_MS) return res.status(429).json({ error: 'on cooldown', retryInMs: COOLDOWN_MS - since });
  lastMove.set(characterId, Date.now());
  return res.json({ moved: true });
}

async function position(req, res) {
  return res.json({ characterId: req.params.characterId, zone: 'starter_city' });
}

module.exports = { move, position };
