export class ServiceError extends Error {
  constructor(public kind: string, message: string, public statusCode: number) {
    super(message);
  }

  static unauthorized(message = 'Unauthorized') {
    return new ServiceError('auth', message, 401);
  }

  static unavailable(message = 'Unavailable') {
    return new ServiceError('config', message, 503);
  }
}

export const unauthenticated = (message = 'Sign in first') => new ServiceError('auth', message, 401);

export const notFound = (message = 'Not found') => new ServiceError('missing', message, 404);
