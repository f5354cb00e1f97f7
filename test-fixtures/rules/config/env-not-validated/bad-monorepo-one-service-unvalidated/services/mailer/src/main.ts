import express from 'express';
import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport(process.env.MAILER_SMTP_URL);
const server = express(); // expect: config/env-not-validated
server.use(express.json());

server.post('/send', async (req, res) => {
  await transport.sendMail({ from: process.env.MAILER_FROM_ADDRESS, to: String(req.body.to), subject: 'Your receipt', text: 'Thanks!' });
  res.status(202).end();
});

server.listen(4002);
