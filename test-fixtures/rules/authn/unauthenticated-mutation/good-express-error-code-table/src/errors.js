const ErrorCode = { UNAUTHORIZED: 'UNAUTHORIZED', FORBIDDEN: 'FORBIDDEN', NOT_FOUND: 'NOT_FOUND' };
const STATUS_BY_CODE = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

// the status is looked up from the code
class ApiError extends Error {
  constructor(code, message) {
    super(message || code);
    this.code = code;
    this.status = STATUS_BY_CODE[code] || 500;
  }
}

module.exports = { ApiError, ErrorCode };
