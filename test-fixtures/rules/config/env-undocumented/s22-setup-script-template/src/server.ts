import express from 'express';
import nodemailer from 'nodemailer';

const app = express();
const transport = process.env.MAIL_HOST
  ? nodemailer.createTransport({ host: process.env.MAIL_HOST, auth: { user: process.env.MAIL_USER, pass: process.env.MAIL_PASSWORD } }) // expect: config/env-undocumented
  : null;

app.get('/health', (_req, res) => res.json({ db: Boolean(process.env.DATABASE_URL), mail: Boolean(transport) }));

app.listen(3000);
