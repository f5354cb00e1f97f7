const Ajv = require('ajv');

const ajv = new Ajv({ allErrors: true });

module.exports = (schema) => {
  const check = ajv.compile(schema);
  return (req, res, next) => {
    if (!check(req.body)) return res.status(400).json({ errors: check.errors });
    next();
  };
};
