const express = require('express');
const cors = require('cors');

const app = express();
app.use(cors({ origin: process.env.FRONTEND_URL }));
app.get('/api/products', (req, res) => res.json([]));
app.listen(3000);
