const express = require('express');

const app = express();
app.get('/orders', (req, res) => {
  const version = req.headers['accept-version'] || '1';
  res.json(version === '2' ? { items: [], total: 0 } : []);
});
app.listen(3000);
