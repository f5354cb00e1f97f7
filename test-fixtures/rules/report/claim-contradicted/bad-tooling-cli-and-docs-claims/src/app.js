const express = require('express');

const app = express();
app.use(express.json());

app.get('/relays', (_req, res) => res.json([]));
app.post('/relays', (req, res) => res.status(201).json({ name: String(req.body.name || '') }));

app.listen(3000, () => console.log('relay api up'));
