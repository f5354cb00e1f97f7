const express = require('express');
const { requireApiKey } = require('./lib/security');
const { TokenBox } = require('./lib/token-box');

const app = express();
app.use(express.json());

app.post('/internal/reindex', requireApiKey, (req, res) => res.json({ queued: true }));
app.post('/internal/seal', (req, res) => res.json(TokenBox.seal(req.body.value)));
app.post('/internal/open', (req, res) => res.json({ open: TokenBox.matchesKey(req.get('x-box-key')) }));
app.listen(3000);
