const express = require('express');

const app = express();
app.use(express.json());

app.get('/api/trails', (req, res) => res.json([]));
app.get('/api/trails/:id', (req, res) => res.json({ id: req.params.id }));
app.get('/api/reports', (req, res) => res.json([]));

app.listen(3000);
