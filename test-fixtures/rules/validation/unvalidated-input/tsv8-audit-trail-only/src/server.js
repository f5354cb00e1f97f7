const express = require('express');
const admin = require('./admin');

const app = express();
app.use(express.json({ limit: '100kb' }));
app.use((req, res, next) => {
  req.user = { id: 'system' };
  next();
});
app.use('/admin', admin);
app.listen(4000);
