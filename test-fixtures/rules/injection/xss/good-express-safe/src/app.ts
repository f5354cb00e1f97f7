import express from 'express';
import escapeHtml from 'escape-html';
import DOMPurify from 'isomorphic-dompurify';
import sanitizeHtml from 'sanitize-html';
import { z } from 'zod';

const app = express();
app.set('view engine', 'ejs');
app.use(express.json());

// JSON is not HTML
app.get('/echo', (req, res) => {
  res.json({ name: req.query.name });
});

// an object body: res.send answers it with JSON
app.post('/mirror', (req, res) => {
  res.send(req.body);
});

// an explicit non-HTML type
app.get('/plain', (req, res) => {
  res.type('text/plain').send('Hello ' + req.query.name);
});

app.get('/csv', (req, res) => {
  res.setHeader('Content-Type', 'text/csv');
  res.send(`name\n${req.query.name}`);
});

// escaped or sanitised
app.get('/hello', (req, res) => {
  res.send('<h1>Hello ' + escapeHtml(String(req.query.name)) + '</h1>');
});

app.post('/bio', (req, res) => {
  res.send(`<section>${DOMPurify.sanitize(req.body.bio)}</section>`);
});

app.post('/note', (req, res) => {
  res.send(`<p>${sanitizeHtml(req.body.note)}</p>`);
});

function escapeText(s: string) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

app.get('/greet', (req, res) => {
  res.send('<p>' + escapeText(String(req.query.who)) + '</p>');
});

// numbers, and schema-parsed input that admits only digits
app.get('/page', (req, res) => {
  res.send(`<p>Page ${Number(req.query.n)}</p>`);
});

const Slug = z.object({ slug: z.string().regex(/^[a-z0-9-]+$/) });
app.get('/posts/:slug', (req, res) => {
  const { slug } = Slug.parse(req.params);
  res.send(`<h1>${slug}</h1>`);
});

// the signed-in user's own name is not client text
app.get('/me', (req: any, res) => {
  res.send(`<p>${req.user.name}</p>`);
});

// templates: escaped output, and unescaped output of data the server made
app.get('/profile', (req, res) => {
  res.render('profile', { name: req.query.name, footer: '<em>© Example</em>' });
});

// answers to PUT, PATCH and DELETE are never rendered as a page
app.delete('/items/:id', (req, res) => {
  res.send(`Deleted item ${req.params.id}`);
});

// a webhook handshake: the challenge is echoed only to whoever knows the verify token
const VERIFY_TOKEN = process.env.WEBHOOK_VERIFY_TOKEN || '';
app.get('/webhook', (req, res) => {
  const challenge = req.query['hub.challenge'];
  if (req.query['hub.mode'] === 'subscribe' && req.query['hub.verify_token'] === VERIFY_TOKEN) {
    res.status(200).send(challenge);
  } else {
    res.sendStatus(403);
  }
});

app.listen(3000);
