const express = require('express');

const app = express();
app.use(express.json());
app.get('/tasks', (req, res) => res.json([]));
app.patch('/tasks/:id', (req, res) => res.json({ id: req.params.id, ...req.body }));
app.listen(4000);
