const express = require('express');

const app = express();
const UPSTREAM = process.env.UPSTREAM_URL || 'http://localhost:4000';

// the path of this request's own URL after the upstream base: a pathname starts with "/", the host stays
app.get('/api/*', async (req, res) => {
  const own = new URL(req.originalUrl, 'http://proxy.local');
  const upstream = await fetch(`${UPSTREAM}${own.pathname}${own.search}`);
  res.status(upstream.status).json(await upstream.json());
});

// the pathname of a URL the client sends: "x:@evil.example" has the pathname "@evil.example"
app.get('/mirror', async (req, res) => {
  const link = new URL(String(req.query.link));
  const upstream = await fetch(`${UPSTREAM}${link.pathname}`); // expect: injection/ssrf
  res.status(upstream.status).json(await upstream.json());
});

app.listen(3000);
