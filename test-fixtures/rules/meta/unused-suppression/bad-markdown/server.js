const express = require('express');

const app = express();
app.use(express.json({ limit: '100kb' }));
app.get('/notes', (_req, res) => res.json([]));
app.listen(process.env.PORT || 3000);
