const express = require('express');
const { Pool } = require('pg');
const { cacheClient } = require('./cache');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
const memory = new Map();

// reads a lobby from Redis, else from memory; every failure ends in the fallback
async function readLobby(code) {
  const redis = cacheClient();
  if (!redis) return memory.get(code) || null;
  try {
    const raw = await redis.get(`lobby:${code}`);
    return raw ? JSON.parse(raw) : null;
  } catch (err) {
    console.warn('lobby cache read failed', err.message);
    return memory.get(code) || null;
  }
}

// the query's failure is answered on the promise itself
app.get('/lobbies', async (req, res) => {
  const result = await pool.query('SELECT code, name FROM lobbies WHERE open').catch(() => ({ rows: [] }));
  res.json(result.rows);
});

// allSettled resolves with every outcome
app.get('/health/deps', async (req, res) => {
  const checks = await Promise.allSettled([pool.query('SELECT 1'), cacheClient()?.ping()]);
  res.json(checks.map((c) => c.status));
});

// drops a lobby from Redis, else from memory; a Redis failure falls back to memory too
async function dropLobby(code) {
  const redis = cacheClient();
  if (!redis) {
    memory.delete(code);
    return;
  }
  try {
    await redis.del(`lobby:${code}`);
  } catch (err) {
    console.warn('lobby cache delete failed', err.message);
    memory.delete(code);
  }
}

app.get('/lobbies/:code', async (req, res) => {
  const lobby = await readLobby(req.params.code);
  if (!lobby) return res.status(404).json({ error: 'not found' });
  if (lobby.closed) await dropLobby(req.params.code);
  res.json(lobby);
});

// a catch handler that throws again: the rejection goes on
app.get('/lobbies/:code/players', async (req, res) => { // expect: errors/async-handler-unwrapped
  const result = await pool.query('SELECT * FROM players WHERE lobby = $1', [req.params.code]).catch((err) => {
    throw new Error(`players of ${req.params.code}: ${err.message}`);
  });
  res.json(result.rows);
});

app.post('/lobbies', async (req, res) => { // expect: errors/async-handler-unwrapped
  const result = await pool.query('INSERT INTO lobbies (name) VALUES ($1) RETURNING code', [req.body.name]);
  res.status(201).json(result.rows[0]);
});

app.use((err, req, res, next) => res.status(500).json({ error: 'internal error' }));

app.listen(3000);
