// passes a rejected promise on to the error middleware; the wrapped handler answers the request itself
const asyncHandler = (fn) => (req, res, next) => {
  Promise.resolve(fn(req, res, next)).catch(next);
};

module.exports = { asyncHandler };
