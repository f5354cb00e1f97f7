const express = require('express');
const axios = require('axios');
const http = require('http');
const needle = require('needle');
const { getJson } = require('./client');

const app = express();
app.use(express.json());

// link preview: the client names the page the server fetches
app.get('/preview', async (req, res) => {
  const page = await fetch(req.query.url); // expect: injection/ssrf
  res.json({ title: (await page.text()).slice(0, 200) });
});

// the host part of the URL
app.get('/status', async (req, res) => {
  const { data } = await axios.get(`https://${req.query.host}/health`); // expect: injection/ssrf
  res.json(data);
});

// no slash after the host: ?path=@evil.example moves the request to another host
app.get('/search', async (req, res) => {
  const { data } = await axios.get('https://search.internal.example.com' + req.query.path); // expect: injection/ssrf
  res.json(data);
});

app.post('/probe', (req, res) => {
  http.get({ host: req.body.host, port: 80, path: '/' }, (r) => res.sendStatus(r.statusCode)); // expect: injection/ssrf
});

app.post('/hooks/test', async (req, res) => {
  res.json(await getJson(req.body.callbackUrl));
});

app.post('/avatar', (req, res) => {
  needle.get(req.body.avatarUrl, (err, resp) => res.send(resp.body)); // expect: injection/ssrf
});

// a string that looks like a URL still names any host
app.get('/image', async (req, res) => {
  const { src } = req.query;
  if (typeof src !== 'string' || !/^https?:\/\//i.test(src)) return res.status(400).send('bad src');
  const img = await axios.get(src, { responseType: 'arraybuffer' }); // expect: injection/ssrf
  res.type(img.headers['content-type']).send(img.data);
});

app.listen(3000);
