import express from 'express';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { db } from './db';
import { saveLead } from './leads';

const app = express();
app.use(express.json());

function requireStaff(req: any, res: any, next: any) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET!);
    next();
  } catch {
    res.status(401).end();
  }
}

const LeadForm = z.object({ name: z.string().max(100), email: z.string().email(), note: z.string().max(500).optional() });

// the marketing site's contact form: a new lead, nothing else
app.post('/leads', async (req, res) => {
  const form = LeadForm.parse(req.body);
  await saveLead(form);
  res.status(201).json({ ok: true });
});

app.delete('/leads/:id', requireStaff, async (req, res) => {
  await db.lead.delete({ where: { id: req.params.id } });
  res.status(204).end();
});

// open by mistake: drops every lead
app.post('/leads/purge', async (req, res) => { // expect: authn/unauthenticated-mutation
  await db.lead.deleteMany({});
  res.json({ ok: true });
});

app.listen(3000);
