const morgan = require('morgan');

const okLine = ':method :url :status - :response-time ms';
const failLine = ':method :url :status - :response-time ms - failed';

const onSuccess = morgan(okLine, { skip: (req, res) => res.statusCode >= 400 }); // expect: logging/no-request-id
const onFailure = morgan(failLine, { skip: (req, res) => res.statusCode < 400 });

module.exports = { onSuccess, onFailure };
