export class BaseError extends Error {
  constructor(message: string, public status: number, public kind: string) { super(message); }
}
export class TooManyError extends BaseError {
  constructor(message = 'slow down') { super(message, 429, 'rate_limit'); }
}
