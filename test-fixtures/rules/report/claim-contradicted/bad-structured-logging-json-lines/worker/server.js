const express = require('express');

const app = express();

app.get('/jobs', (_req, res) => {
  console.log('listing jobs');
  res.json([]);
});

app.listen(3001, () => console.log('worker listening on 3001'));
