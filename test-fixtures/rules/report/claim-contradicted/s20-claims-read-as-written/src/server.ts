import express from 'express';
import helmet from 'helmet';
import cors from 'cors';
import crypto from 'crypto';
import { Pool } from 'pg';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });
const KEY = crypto.scryptSync(process.env.MASTER_SECRET ?? '', 'enc', 32);
const HASH_KEY = crypto.scryptSync(process.env.MASTER_SECRET ?? '', 'hash', 32);

function seal(text: string) {
  const cipher = crypto.createCipheriv('aes-256-cbc', KEY, Buffer.alloc(16, 0));
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('base64');
}

export function fingerprint(text: string) {
  return crypto.createHmac('sha256', HASH_KEY).update(text).digest('hex');
}

const app = express();
app.use(helmet());
app.use(cors({ origin: '*' }));
app.use(express.json());

app.post('/users', async (req, res) => {
  const email = typeof req.body.email === 'string' ? req.body.email : '';
  const user = await prisma.user.create({ data: { email, profile: { create: { displayName: email } } } });
  res.status(201).json({ id: user.id });
});

app.post('/visits', async (req, res) => {
  const note = typeof req.body.note === 'string' ? req.body.note : '';
  const visit = await prisma.visit.create({ data: { note: seal(note) } });
  await prisma.auditEntry.create({ data: { action: 'visit', ref: visit.id } });
  res.status(201).json({ id: visit.id });
});

app.get('/stats', async (_req, res) => {
  const r = await pool.query('select count(*) from visits');
  res.json(r.rows[0]);
});

app.listen(3000);
