import express from 'express';
import axios from 'axios';
import { githubGet } from './github';

const app = express();
const API_BASE = process.env.API_BASE!;
const ALLOWED_HOSTS = ['hooks.slack.com', 'discord.com'];
const PARTNER_ORIGIN = 'https://partner.example.com';

// input only after a fixed origin: a path or a query value
app.get('/users/:login', async (req, res) => {
  const r = await fetch(`https://api.github.com/users/${encodeURIComponent(req.params.login)}`);
  res.json(await r.json());
});

app.get('/items', async (req, res) => {
  const { data } = await axios.get(`${API_BASE}/items/${req.query.id}`, { params: { q: req.query.q } });
  res.json(data);
});

app.get('/repos/:owner', async (req, res) => {
  res.json(await githubGet(`/users/${req.params.owner}/repos`));
});

app.get('/search', async (req, res) => {
  const url = new URL(`/search?q=${encodeURIComponent(String(req.query.q))}`, 'https://search.example.com');
  res.json(await (await fetch(url)).json());
});

app.get('/orders/:id', async (req, res) => {
  const { data } = await axios({ baseURL: 'https://orders.example.com/api/', url: `orders/${req.params.id}` });
  res.json(data);
});

// the host is checked against an allow-list
app.post('/notify', async (req, res) => {
  const target = new URL(String(req.body.webhook));
  if (target.protocol !== 'https:' || !ALLOWED_HOSTS.includes(target.hostname)) return res.status(400).end();
  await axios.post(target.toString(), { text: 'deployed' });
  res.sendStatus(204);
});

app.post('/partner', async (req, res) => {
  const url = String(req.body.url);
  if (new URL(url).origin !== PARTNER_ORIGIN) return res.status(400).end();
  const r = await fetch(url);
  res.status(r.status).end();
});

// a pattern that spells out the host, and a helper that checks the host against the allowed ones
app.post('/slack', async (req, res) => {
  const hook = String(req.body.hook);
  if (!/^https:\/\/hooks\.slack\.com\//.test(hook)) return res.status(400).end();
  await axios.post(hook, { text: 'hello' });
  res.sendStatus(204);
});

app.post('/feeds', async (req, res) => {
  const feed = String(req.body.feed);
  if (!isAllowedFeedUrl(feed)) return res.status(400).end();
  res.send(await (await fetch(feed)).text());
});

function isAllowedFeedUrl(u: string): boolean {
  return ALLOWED_HOSTS.includes(new URL(u).hostname);
}

// a constant URL, and the signed-in user's own settings
app.get('/health', async (req, res) => {
  await fetch('https://status.example.com/api/v2/status.json');
  res.sendStatus(200);
});

app.post('/sync', async (req: any, res) => {
  await fetch(req.user.calendarUrl);
  res.sendStatus(202);
});

app.listen(3000);
