const Joi = require('joi');
const httpStatus = require('http-status');
const pick = require('../utils/pick');
const HttpError = require('../utils/HttpError');

const validate = (schema) => (req, res, next) => {
  const parts = pick(schema, ['params', 'query', 'body']);
  const candidate = pick(req, Object.keys(parts));
  const { value, error } = Joi.compile(parts)
    .prefs({ errors: { label: 'key' }, abortEarly: false })
    .validate(candidate);
  if (error) {
    return next(new HttpError(httpStatus.BAD_REQUEST, error.details.map((d) => d.message).join(', ')));
  }
  Object.assign(req, value);
  return next();
};

module.exports = validate;
