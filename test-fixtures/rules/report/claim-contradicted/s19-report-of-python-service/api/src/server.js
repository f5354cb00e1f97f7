const express = require('express');

const app = express();
app.use(express.json());
app.get('/papers', (_req, res) => res.json([]));
app.listen(8080);
