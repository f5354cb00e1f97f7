const express = require('express');
const https = require('https');
const jwt = require('jsonwebtoken');
const { z } = require('zod');

const app = express();
app.use(express.json());

const loginBody = z.object({ user: z.string().min(1), password: z.string().min(8) });
const insecureAgent = new https.Agent({ rejectUnauthorized: false });

app.post('/login', (req, res) => {
  const body = loginBody.parse(req.body);
  const token = jwt.sign({ sub: body.user }, process.env.SESSION_SIGNING_KEY, { expiresIn: '1h' });
  res.json({ token });
});

app.get('/search', async (req, res) => {
  const found = await fetch(`https://inventory.internal/items?name=${req.query.name}`, { agent: insecureAgent });
  res.json(await found.json());
});

app.listen(3000);
