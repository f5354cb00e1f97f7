export class ApiError extends Error {
  constructor(message: string, public readonly statusCode: number) {
    super(message);
  }
}

export class UnauthorizedError extends ApiError {
  constructor() {
    super('Missing or invalid token', 401);
  }
}
