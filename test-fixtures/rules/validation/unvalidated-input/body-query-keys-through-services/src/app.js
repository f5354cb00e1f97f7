import express from 'express';
import { billing, ticketByCode, closeTicket, retitle, latest, paletteFor, forgetSession } from './tickets.js';

const app = express();
app.use(express.json());

app.get('/tickets/lookup', async (req, res) => {
  const ticket = await ticketByCode(req.query.code);
  if (!ticket) return res.status(404).end();
  res.json(ticket);
});

app.post('/tickets/close', async (req, res) => {
  await closeTicket(req.user.id, req.body.ticketId);
  res.status(204).end();
});

app.post('/tickets/retitle', async (req, res) => {
  await retitle(req.body.ticketId, req.body.title); // expect: validation/unvalidated-input
  res.status(204).end();
});

app.get('/tickets/latest', async (req, res) => {
  res.json(await latest(req.query.limit)); // expect: validation/unvalidated-input
});

app.get('/palette', (req, res) => {
  res.json(paletteFor(req.query.theme));
});

app.get('/billing/callback', async (req, res) => {
  const paid = await billing.settle(req.query.sessionId);
  res.redirect(paid ? '/thanks' : '/billing');
});

app.post('/logout', async (req, res) => {
  if (!req.body.refreshToken) return res.status(400).end();
  await forgetSession(req.body.refreshToken);
  res.status(204).end();
});

app.listen(3000);
