const express = require('express');
const helmet = require('helmet');

const app = express();
app.use(helmet());
app.use(express.json());

app.get('/walks', (req, res) => res.json([]));
app.get('/walks/:id', (req, res) => res.json({ id: req.params.id }));
app.get('/metrics/:dogId', (req, res) => res.json({ dog: req.params.dogId, steps: 0 }));
app.get('/secrets/:name', (req, res) => res.status(404).end());

app.listen(process.env.PORT || 3000);
