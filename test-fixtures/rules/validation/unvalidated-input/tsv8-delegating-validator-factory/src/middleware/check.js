// one Joi middleware factory, told which part of the request to check (the body unless told otherwise)
const check = (schema, where = 'body') => (req, res, next) => {
  const { error, value } = schema.validate(req[where], { abortEarly: false, stripUnknown: true, convert: true });
  if (error) {
    return res.status(422).json({ problems: error.details.map((d) => ({ at: d.path.join('.'), why: d.message })) });
  }
  req[where] = value;
  next();
};

// thin wrappers that only pass the part on
const checkBody = (schema) => check(schema, 'body');
const checkQuery = (schema) => check(schema, 'query');

module.exports = { check, checkBody, checkQuery };
