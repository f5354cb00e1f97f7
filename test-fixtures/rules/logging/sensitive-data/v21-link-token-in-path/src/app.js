const express = require('express');
const winston = require('winston');
const bcrypt = require('bcryptjs');

const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
const links = new Map();
const resets = new Map();
const app = express();
app.use(express.json());

// a shared deal link: its token names the link, the handler only redirects and counts the click
app.get('/go/:token', (req, res) => {
  const token = req.params.token;
  const link = links.get(token);
  if (!link) {
    logger.warn('Unknown deal link', { token });
    return res.status(404).json({ error: 'Invalid link' });
  }
  link.clicks += 1;
  logger.info('Deal link followed', { token, target: link.target });
  res.redirect(link.target);
});

// a password reset link: its token sets a new password, it is a credential
app.post('/reset/:token', async (req, res) => {
  const token = req.params.token;
  const entry = resets.get(token);
  if (!entry) {
    logger.warn('Unknown reset token', { token }); // expect: logging/sensitive-data
    return res.status(400).json({ error: 'Invalid or expired link' });
  }
  entry.user.passwordHash = await bcrypt.hash(String(req.body.password), 12);
  resets.delete(token);
  res.status(204).end();
});

// a token sent in a header is a credential wherever it goes
app.get('/feeds/private', (req, res) => {
  logger.info('Private feed', { token: req.headers['x-feed-token'] }); // expect: logging/sensitive-data
  res.json([]);
});

app.listen(3000);
