import express from 'express';
import { safeTarget } from './redirects';

const app = express();
const APP_URL = process.env.APP_URL!;
const APP_ORIGIN = new URL(APP_URL).origin;
const PARTNERS = ['https://partner.example.com/welcome', 'https://shop.example.com/'];

// a path on this site only
app.get('/logout', (req, res) => {
  const next = String(req.query.next || '/');
  if (next.startsWith('/') && !next.startsWith('//')) return res.redirect(next);
  res.redirect('/');
});

app.get('/continue', (req, res) => {
  const to = String(req.query.to);
  if (!to.startsWith('/') || to.startsWith('//')) return res.status(400).end();
  res.redirect(to);
});

// input after a fixed path or origin
app.get('/docs/:page', (req, res) => res.redirect('/help/' + req.params.page));
app.get('/welcome', (req, res) => res.redirect(`${APP_URL}/start?ref=${encodeURIComponent(String(req.query.ref))}`));
app.get('/search', (req, res) => res.redirect(`/results?q=${req.query.q}`));

// an allow-list, an origin check, a pattern
app.get('/partner', (req, res) => {
  const url = String(req.query.url);
  if (!PARTNERS.includes(url)) return res.status(400).end();
  res.redirect(url);
});

app.get('/back', (req, res) => {
  const target = String(req.query.target);
  if (new URL(target, APP_URL).origin !== APP_ORIGIN) return res.status(400).end();
  res.redirect(target);
});

app.get('/tab/:name', (req, res) => {
  if (!/^[a-z-]+$/.test(req.params.name)) return res.status(404).end();
  res.redirect(req.params.name);
});

app.get('/after-login', (req, res) => res.redirect(safeTarget(String(req.query.returnTo))));

// the Referer header a browser sends is not chosen by a link; the HTTPS upgrade keeps host and path
app.post('/settings', (req, res) => res.redirect(req.get('Referer') || '/settings'));
app.use((req, res, next) => {
  if (req.secure) return next();
  res.redirect(301, `https://${req.hostname}${req.originalUrl}`);
});

// replaced by a default unless it is on the list
app.get('/sso/done', (req, res) => {
  let back = String(req.query.back);
  if (!PARTNERS.includes(back)) back = APP_URL;
  res.redirect(back);
});

// a language prefix the code picked, then the request's own path
app.use((req, res, next) => {
  if (/^\/(en|de|fr)\//.test(req.path)) return next();
  const lang = ['en', 'de', 'fr'].includes(String(req.acceptsLanguages()[0])) ? String(req.acceptsLanguages()[0]) : 'en';
  res.redirect(301, `/${lang}${req.url.slice(1)}`);
});

app.listen(3000);
