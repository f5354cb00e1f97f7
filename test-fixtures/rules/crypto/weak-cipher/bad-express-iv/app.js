const express = require('express');
const { sealZero } = require('./crypto');

const app = express();
app.use(express.json());
app.post('/notes', (req, res) => res.json({ data: sealZero(req.body.text) }));
app.listen(3000);
