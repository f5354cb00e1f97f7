const { apiHandler } = require('../lib/handler');

const handler = async (_req, res) => {
  try {
    res.json({ ok: true });
  } catch (error) {
    res.status(503).json({ ok: false, error: error.message, stack: error.stack });
  }
};

module.exports = apiHandler(handler, { methods: ['GET'] });
