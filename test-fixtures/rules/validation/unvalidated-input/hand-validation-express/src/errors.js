export class BadRequestError extends Error {
  constructor(message) {
    super(message);
    this.status = 400;
  }
}
