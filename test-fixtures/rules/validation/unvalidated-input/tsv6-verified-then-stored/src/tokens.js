const jwt = require('jsonwebtoken');
const { Pool } = require('pg');

const pool = new Pool();
const REFRESH_SECRET = process.env.REFRESH_SECRET;

// the token is checked by its signature first; a bad one throws before anything is stored
async function revokeSession(refreshToken) {
  jwt.verify(refreshToken, REFRESH_SECRET);
  await pool.query('INSERT INTO revoked_tokens (token, revoked_at) VALUES ($1, now())', [refreshToken]);
}

// stored first, checked after: whatever was sent is already in the table
async function revokeEagerly(refreshToken) {
  await pool.query('INSERT INTO revoked_tokens (token, revoked_at) VALUES ($1, now())', [refreshToken]);
  jwt.verify(refreshToken, REFRESH_SECRET);
}

module.exports = { revokeSession, revokeEagerly };
