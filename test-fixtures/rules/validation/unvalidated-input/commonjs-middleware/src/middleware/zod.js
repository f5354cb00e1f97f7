// zod wrappers: each validates one part of the request and replaces it with the parsed value
function validateBody(schema) {
  return function (req, res, next) {
    const result = schema.safeParse(req.body);
    if (!result.success) return res.status(400).json({ issues: result.error.issues });
    req.body = result.data;
    next();
  };
}

const validateQuery = (schema) => (req, res, next) => {
  try {
    req.validQuery = schema.parse(req.query);
    next();
  } catch (err) {
    next(err);
  }
};

module.exports = { validateBody, validateQuery };
