const crypto = require('crypto');
const express = require('express');
const morgan = require('morgan');

const app = express();
app.use(morgan('combined')); // expect: logging/no-request-id
app.post('/exports', (req, res) => {
  // an id for the export job the request creates, not for the request
  const exportId = crypto.randomUUID();
  res.status(202).json({ exportId });
});
app.listen(3000);
