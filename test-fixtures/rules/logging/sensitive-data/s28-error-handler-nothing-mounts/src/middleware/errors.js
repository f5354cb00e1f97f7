const logger = require('../logger');

const asyncHandler = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);

// kept from an earlier version: the server mounts its own handler instead
const errorHandler = (err, req, res, next) => {
  logger.error('request failed', { message: err.message, body: req.body });
  res.status(500).json({ error: 'internal error' });
};

// what the server mounts: no request body in the log
const logFailure = (err, req, res, next) => {
  logger.error('request failed', { message: err.message, path: req.path, body: req.body }); // expect: logging/sensitive-data
  res.status(500).json({ error: 'internal error' });
};

module.exports = { asyncHandler, errorHandler, logFailure };
