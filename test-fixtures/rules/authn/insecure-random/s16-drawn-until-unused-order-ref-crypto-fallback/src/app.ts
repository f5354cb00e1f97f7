import express from 'express';
import { MemberNumberService } from './services/memberNumbers';
import { TicketCode } from './domain/TicketCode';
import { makeApiToken, makeCsrfToken } from './lib/tokens';
import { pool } from './db';

const app = express();
app.use(express.json());
const numbers = new MemberNumberService();

app.post('/members', async (req, res) => {
  const id = await numbers.nextMemberId();
  const draft = await numbers.tempId();
  const invites = await numbers.inviteIds([id]);
  const share = await numbers.shareLinkId();
  await pool.query('INSERT INTO members (member_number, draft_id, name) VALUES ($1, $2, $3)', [id, draft, String(req.body?.name ?? '')]);
  res.status(201).json({ id, invites, share });
});

app.post('/pickups', async (_req, res) => {
  const code = TicketCode.generate();
  await pool.query('INSERT INTO pickups (ref) VALUES ($1)', [code.value]);
  res.status(201).json({ ref: code.value });
});

app.get('/csrf', (_req, res) => res.json({ csrfToken: makeCsrfToken() }));
app.post('/api-keys', async (_req, res) => {
  const token = makeApiToken();
  await pool.query('INSERT INTO api_tokens (token) VALUES ($1)', [token]);
  res.status(201).json({ token });
});

app.listen(3000);
