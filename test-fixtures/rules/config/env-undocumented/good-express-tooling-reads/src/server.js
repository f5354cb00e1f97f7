const express = require('express');

const app = express();
app.get('/stock', (req, res) => res.json([]));
app.listen(3000);
