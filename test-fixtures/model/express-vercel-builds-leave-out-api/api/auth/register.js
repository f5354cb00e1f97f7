const { apiHandler } = require('../../lib/handler');

const handler = async (req, res) => {
  try {
    const { email } = req.body;
    res.status(201).json({ email });
  } catch (error) {
    res.status(500).json({ message: error.message, stack: error.stack });
  }
};

module.exports = apiHandler(handler, { methods: ['POST'] });
