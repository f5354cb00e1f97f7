// checks { body, query, params } against a zod schema and answers 400 when it does not match
function validate(schema) {
  return (req, res, next) => {
    const result = schema.safeParse({ body: req.body, query: req.query, params: req.params });
    if (!result.success) return res.status(400).json({ errors: result.error.flatten() });
    next();
  };
}

module.exports = { validate };
