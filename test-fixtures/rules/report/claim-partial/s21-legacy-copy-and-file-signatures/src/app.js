const express = require('express');
const { z } = require('zod');
const { createUser } = require('./users/users.service');
const { matchesSignature } = require('./files');

const app = express();
app.use(express.json({ limit: '2mb' }));

const SignUp = z.object({ email: z.string().email(), password: z.string().min(12) });

app.post('/api/users', async (req, res) => {
  const body = SignUp.parse(req.body);
  res.status(201).json(await createUser(body.email, body.password));
});

app.post('/api/files', (req, res) => {
  const data = Buffer.from(String(req.body.content), 'base64');
  if (!matchesSignature(data, req.body.type)) return res.status(415).end();
  res.status(201).json({ size: data.length });
});

app.listen(3000);
