const express = require('express');
const helmet = require('helmet');

const app = express();
app.use(helmet());
app.get('/api/products', (req, res) => res.json([]));
app.listen(process.env.PORT || 3000);
