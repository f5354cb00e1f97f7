module.exports = checkBody;

// runs a Joi schema over the body, drops unknown keys, forwards the error
function checkBody(req, next, schema) {
  const { error, value } = schema.validate(req.body, { abortEarly: false, stripUnknown: true });
  if (error) {
    next(new Error(error.details.map((d) => d.message).join('; ')));
    return;
  }
  req.body = value;
  next();
}
