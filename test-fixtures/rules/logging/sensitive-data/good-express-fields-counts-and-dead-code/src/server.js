const express = require('express');
const winston = require('winston');

const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
const app = express();
app.use(express.json());

// an earlier stand-in for the mailer, no longer used anywhere
const printResetLink = (email, resetToken) => {
  console.log(`reset link for ${email}: /reset?token=${resetToken}`);
};

app.put('/promos/:id', (req, res) => {
  const changes = { ...req.body };
  console.log('promo starts at', changes.startsAt);
  logger.info(`promo request from ${req.headers['user-agent'] ? req.headers['user-agent'] : req.headers}`);
  res.json({ id: req.params.id, ...changes });
});

app.post('/completions', async (req, res) => {
  const reply = await callModel(String(req.body.prompt));
  logger.info('completion done', { tokens: reply.tokens });
  res.json(reply);
});

async function callModel(prompt) {
  const r = await fetch('http://llm.internal/v1/complete', { method: 'POST', body: prompt });
  return r.json();
}

app.listen(3000);
