import dotenv from 'dotenv';
import express from 'express';
import { PrismaClient } from '@prisma/client';
import axios from 'axios';

dotenv.config(); // expect: config/env-not-validated

const prisma = new PrismaClient();
// objects built from env reads, but handed to a record write and a client factory: nothing is validated
const billing = axios.create({ baseURL: process.env.BILLING_URL, timeout: Number(process.env.BILLING_TIMEOUT_MS) });

export async function seedOwner() {
  await prisma.user.create({ data: { email: process.env.OWNER_EMAIL, role: 'owner' } });
}

const app = express();
app.use(express.json());
app.get('/invoices', async (_req, res) => {
  const { data } = await billing.get('/invoices');
  res.json(data);
});

app.listen(Number(process.env.PORT ?? 3000));
