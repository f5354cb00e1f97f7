const express = require('express');
const app = express();
app.post('/agent/config', (req, res) => res.json({ ok: true, got: req.body }));
app.listen(4010);
