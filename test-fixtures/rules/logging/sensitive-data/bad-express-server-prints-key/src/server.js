const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.json());

function newApiKey() {
  return crypto.randomBytes(24).toString('hex');
}

// the server itself prints a key it issues: a real leak into the service's logs
app.post('/keys', (req, res) => {
  const apiKey = newApiKey();
  console.log('issued key', apiKey); // expect: logging/sensitive-data
  res.status(201).json({ apiKey });
});

// a server that reads its port from the command line is still the server
const port = Number(process.argv[2]) || 3000;
app.listen(port);
