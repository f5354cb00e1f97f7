const express = require('express');
const { buildTransport } = require('./mailer');

const app = express();
app.use(express.json());

// the start of the Authorization header ("Bearer " and a few characters of the token's header) names which scheme came
app.use((req, res, next) => {
  if (!req.headers['x-user']) {
    console.error('no user on request', { path: req.path, token: req.headers.authorization?.substring(0, 20) + '...' });
  }
  next();
});

// an LLM token estimate is a count
app.post('/drafts', (req, res) => {
  const estimatedTokens = Math.ceil(String(req.body.text || '').length / 4);
  console.log('draft size', { estimatedTokens });
  res.json({ estimatedTokens });
});

app.post('/mailboxes/:id/test', async (req, res) => {
  const mailbox = await loadMailbox(req.params.id);
  const transport = await buildTransport(mailbox);
  await transport.verify();
  res.json({ ok: true });
});

async function loadMailbox(id) {
  return { id, address: 'ops@example.com', smtp: { host: 'smtp.example.com', port: 587, user: 'ops', pass: process.env.SMTP_PASS } };
}

app.listen(3000);
