// every answer of the API goes through sendStatus: one envelope for success and failure
exports.sendStatus = (res, statusCode, message, data = null) => {
  const body = {
    success: statusCode >= 200 && statusCode < 300,
    message,
  };
  if (data !== null) {
    body.data = data;
  }
  return res.status(statusCode).json(body);
};

exports.ok = (res, message, data = null) => {
  return exports.sendStatus(res, 200, message, data);
};

exports.failure = (res, message, statusCode = 500) => {
  return exports.sendStatus(res, statusCode, message);
};

exports.notFound = (res, message = 'Not found') => {
  return exports.sendStatus(res, 404, message);
};

exports.unauthorized = (res, message = 'Unauthorized') => {
  return exports.sendStatus(res, 401, message);
};

exports.forbidden = (res, message = 'Forbidden') => {
  return exports.sendStatus(res, 403, message);
};
