export class ApiError extends Error {
  constructor(message: string, public statusCode: number = 500, public code = 'INTERNAL') {
    super(message);
  }
}

export class ThrottledError extends ApiError {
  constructor(message = 'Slow down') {
    super(message, 429, 'THROTTLED');
  }
}
