// the app of an earlier layout, left in the tree: nothing imports, deploys or runs it
const express = require('express');
const app = express();
app.post('/api/projects', (req, res) => res.status(201).json({ id: 1, ...req.body }));
module.exports = app;
