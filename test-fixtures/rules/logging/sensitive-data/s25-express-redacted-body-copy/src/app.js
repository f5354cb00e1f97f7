const express = require('express');
const winston = require('winston');
const staff = require('./staff');

const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
const app = express();
app.use(express.json());

// the copy of the body has its password overwritten before it is logged
app.post('/admin/managers', async (req, res, next) => {
  try {
    const manager = await staff.createManager(req.body);
    res.status(201).json({ id: manager.id });
  } catch (error) {
    logger.error('manager creation failed', {
      error: error.message,
      body: { ...req.body, password: '[REDACTED]' },
    });
    next(error);
  }
});

// the constant comes first: the body's own password is spread over it
app.post('/admin/tellers', async (req, res, next) => {
  try {
    const teller = await staff.createTeller(req.body);
    res.status(201).json({ id: teller.id });
  } catch (error) {
    logger.error('teller creation failed', { body: { password: '[REDACTED]', ...req.body } }); // expect: logging/sensitive-data
    next(error);
  }
});

// a copy with a note added still holds all the body, but nothing shows the body has a secret or personal field
app.post('/admin/clerks', async (req, res, next) => {
  try {
    const clerk = await staff.createClerk(req.body);
    res.status(201).json({ id: clerk.id });
  } catch (error) {
    logger.error('clerk creation failed', { body: { ...req.body, source: 'admin' } });
    next(error);
  }
});

app.listen(3000);
