import express, { Request, Response } from 'express';
import mongoose from 'mongoose';

const Ticket = mongoose.model('Ticket', new mongoose.Schema({ state: String, title: String, owner: String }));
const STATES = ['open', 'waiting', 'closed'];

const app = express();
app.use(express.json());

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function listTickets(state?: string, text?: string) {
  const where: Record<string, unknown> = {};
  if (state && STATES.includes(state)) where.state = state;
  if (text) where.title = new RegExp(escapeRegex(text.trim()), 'i');
  return Ticket.find(where).limit(50);
}

// each value is kept only when it is a string: ?state[$ne]=x becomes undefined, not an operator object
app.get('/tickets', async (req: Request, res: Response) => {
  const state = typeof req.query.state === 'string' ? req.query.state : undefined;
  const text = typeof req.query.text === 'string' ? req.query.text : undefined;
  res.json(await listTickets(state, text));
});

// a value used as it came beside one filtered by type: the unfiltered one is still reported
app.get('/tickets/mine', async (req: Request, res: Response) => {
  const state = typeof req.query.state === 'string' ? req.query.state : 'open';
  res.json(await Ticket.find({ state, owner: req.query.owner })); // expect: validation/unvalidated-input
});

// the typeof test guards something else: the value itself goes on unfiltered
app.get('/tickets/search', async (req: Request, res: Response) => {
  const limit = typeof req.query.text === 'string' ? 20 : 5; // expect: validation/unvalidated-input
  res.json(await Ticket.find({ title: req.query.text }).limit(limit));
});

app.listen(3000);
