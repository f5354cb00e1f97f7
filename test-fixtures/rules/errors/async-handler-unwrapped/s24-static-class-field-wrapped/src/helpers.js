// hands a rejected promise to the error answer
const asyncHandler = (fn) => (req, res, next) => {
  Promise.resolve(fn(req, res, next)).catch((error) => {
    res.status(500).json({ ok: false, message: 'Something went wrong' });
  });
};

module.exports = { asyncHandler };
