const express = require('express');
const pino = require('pino');
const config = require('./config/env');

const log = pino();
const app = express();
app.use(express.json());

// request lines for local debugging only: the guard reads NODE_ENV through the config object
if (config.nodeEnv === 'development') {
  app.use((req, res, next) => {
    console.log(`${req.method} ${req.path}`);
    next();
  });
}

app.post('/tickets', (req, res) => {
  console.log('ticket', req.body.title); // expect: logging/console-in-server
  log.info({ title: req.body.title }, 'ticket created');
  res.status(201).json({ ok: true });
});

app.listen(config.port);
