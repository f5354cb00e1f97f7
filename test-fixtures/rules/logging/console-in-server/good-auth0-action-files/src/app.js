const express = require('express');
const pino = require('pino');

const log = pino();
const app = express();

app.get('/devices', (req, res) => {
  console.log('listing devices'); // expect: logging/console-in-server
  log.info('devices listed');
  res.json([]);
});

app.listen(3000);
