'use strict';
const express = require('express');
const jwt = require('jsonwebtoken');
const { Pool } = require('pg');
const triage = require('./services/triage');

const app = express();
app.use(express.json());
const pool = new Pool();

function requireAgent(req, res, next) {
  try {
    req.agent = jwt.verify(String(req.headers.authorization || '').replace(/^Bearer /, ''), process.env.JWT_SECRET);
    next();
  } catch (e) {
    res.status(401).json({ error: 'unauthorized' });
  }
}

app.post('/tickets', requireAgent, async (req, res) => {
  const { rows } = await pool.query('INSERT INTO tickets (agent_id, body) VALUES ($1, $2) RETURNING id', [req.agent.sub, String(req.body.text)]);
  res.status(201).json(rows[0]);
});

// a preview of the suggested queue before the ticket is filed: a model is asked, nothing is written
app.post('/tickets/preview', async (req, res) => {
  res.json(await triage.suggest(String(req.body.text || ''), req.body.photos));
});

app.listen(3000);
