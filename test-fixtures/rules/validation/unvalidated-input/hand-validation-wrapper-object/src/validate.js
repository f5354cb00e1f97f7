import Validator from 'validatorjs';

// Throws a 422 when the data does not match the rules.
export function validate(data, rules) {
  const v = new Validator(data, rules);
  if (v.fails()) {
    const err = new Error('validation failed');
    err.status = 422;
    throw err;
  }
}
