import express from 'express';
import jwt from 'jsonwebtoken';
import { settings, checkSettings } from './config/validator';

async function main() {
  await checkSettings();
  const app = express();
  app.post('/token', (_req, res) => {
    res.json({ token: jwt.sign({ sub: 'lab' }, settings.TOKEN_KEY, { expiresIn: settings.TOKEN_TTL }) });
  });
  app.listen(3000);
}

main();
