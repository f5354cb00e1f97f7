import express from 'express';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { lookupPlate, cacheStats, dropAllLookups } from './services/plates.js';
import { DescribeService } from './services/describe.js';

const app = express();
app.use(express.json());
const pool = new pg.Pool();
const describer = new DescribeService();

// helpers the routes reach through one object: sweepExpired is not one of them
const lookups = { lookupPlate, cacheStats, dropAllLookups };

function requireUser(req, res, next) {
  try {
    req.user = jwt.verify(req.headers.authorization?.slice(7) ?? '', process.env.JWT_SECRET);
    next();
  } catch {
    res.status(401).end();
  }
}

app.post('/api/garage', requireUser, async (req, res) => {
  await pool.query('INSERT INTO garage (owner, plate) VALUES ($1, $2)', [req.user.sub, req.body.plate]);
  res.status(201).end();
});

// a lookup against outside providers, remembered in memory
app.post('/api/plates/lookup', async (req, res) => res.json(await lookups.lookupPlate(String(req.body.plate))));

// calls a helper the object does not have: throws, nothing is swept
app.post('/api/plates/sweep', (req, res) => {
  lookups.sweepExpired();
  res.json(lookups.cacheStats());
});

// asks a language model, with a timeout
app.post('/api/plates/describe', async (req, res) => res.json({ text: await describer.describe(String(req.body.plate)) }));

// emptying the whole memo on request is a change
app.delete('/api/plates/cache', (req, res) => { // expect: authn/unauthenticated-mutation
  dropAllLookups();
  res.status(204).end();
});

app.listen(3000);
