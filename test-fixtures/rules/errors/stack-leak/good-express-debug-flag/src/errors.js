const DEBUG_MODE = process.env.DEBUG_MODE;

class AppError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

function errorHandler(err, req, res, next) {
  let statusCode = 500;
  let body = { message: 'Internal server error', ...(DEBUG_MODE === 'true' && { detail: err.message }) };
  if (err instanceof AppError) {
    statusCode = err.status;
    body = { message: err.message };
  }
  return res.status(statusCode).json(body);
}

module.exports = { AppError, errorHandler };
