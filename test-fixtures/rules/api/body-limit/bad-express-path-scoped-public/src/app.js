const express = require('express');

const app = express();

// a path-scoped raise whose routes take anyone's body
app.use('/notes', express.json({ limit: '20mb' })); // expect: api/body-limit
app.post('/notes', (req, res) => res.status(201).json({ size: JSON.stringify(req.body).length }));
app.get('/notes', (req, res) => res.json([]));

app.listen(3000);
