const logger = require('./logger/pretty-stream');

function recordAudit(entry) {
  try {
    logger.info({ audit: entry.action, actor: entry.actorId }, 'audit');
  } catch (err) {
    // last resort: the logger itself failed
    console.error('[audit] could not write entry', entry.action);
  }
}

function describe(entry) {
  console.log('audit entry', entry.action); // expect: logging/console-in-server
  return `${entry.action} by ${entry.actorId}`;
}

module.exports = { recordAudit, describe };
