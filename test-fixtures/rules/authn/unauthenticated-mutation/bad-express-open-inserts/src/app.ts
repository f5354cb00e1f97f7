import express from 'express';
import rateLimit from 'express-rate-limit';
import { z } from 'zod';
import { requireAgent } from './auth';
import { db } from './db';

const app = express();
app.use(express.json());
// one limiter for every route: no choice about any route in particular
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));

const Announcement = z.object({ title: z.string().max(120), body: z.string().max(5000) });
const Ticket = z.object({ subject: z.string().max(200), ownerId: z.string().uuid() });

// an insert with nothing that says it was meant to be open: an open spam vector
app.post('/api/tickets', async (req, res) => { // expect: authn/unauthenticated-mutation[warning]
  await db('tickets').insert({ subject: req.body.subject, status: 'open' });
  res.status(201).end();
});

// Public route, but the ticket's owner comes from the body: anyone files tickets as anyone
app.post('/api/tickets/filed-for', async (req, res) => { // expect: authn/unauthenticated-mutation[warning]
  const input = Ticket.parse(req.body);
  await db('tickets').insert({ subject: input.subject, owner_id: req.body.ownerId });
  res.status(201).end();
});

// Public: validated, but under the admin area
app.post('/api/admin/announcements', async (req, res) => { // expect: authn/unauthenticated-mutation[warning]
  const input = Announcement.parse(req.body);
  await db('announcements').insert({ title: input.title, body: input.body });
  res.status(201).end();
});

/**
 * @route  POST /api/notes
 * @access Private
 */
app.post('/api/notes', async (req, res) => { // expect: authn/unauthenticated-mutation[warning]
  const input = Announcement.parse(req.body);
  await db('notes').insert({ title: input.title, body: input.body });
  res.status(201).end();
});

// Public sign-up form for the beta list; whoever sends verified: true is let in
app.post('/api/beta-testers', async (req, res) => { // expect: authn/unauthenticated-mutation[warning]
  await db('beta_testers').insert({ email: req.body.email, is_verified: req.body.verified });
  res.status(201).end();
});

// Public: anyone can correct a ticket's subject
app.put('/api/tickets/:id', async (req, res) => { // expect: authn/unauthenticated-mutation[warning]
  await db('tickets').where('id', req.params.id).update({ subject: req.body.subject });
  res.status(204).end();
});

// Anonymous feedback, stored as it came
app.post('/api/feedback', async (req, res) => { // expect: authn/unauthenticated-mutation[warning]
  await db('feedback').insert(req.body);
  res.status(201).end();
});

app.get('/api/tickets', requireAgent, async (_req, res) => {
  res.json(await db('tickets').select('*'));
});

export default app;
