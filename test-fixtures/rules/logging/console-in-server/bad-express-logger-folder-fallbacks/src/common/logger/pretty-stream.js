const pino = require('pino');

// the logger is being built here: when the optional pretty printer is missing, only the console can say so
function buildDestination(pretty) {
  if (pretty) {
    try {
      return require('pino-pretty')({ colorize: true });
    } catch (err) {
      console.warn('pino-pretty is not installed; writing plain JSON lines');
    }
  }
  return pino.destination(1);
}

module.exports = pino({ level: process.env.LOG_LEVEL || 'info' }, buildDestination(process.env.NODE_ENV !== 'production'));
