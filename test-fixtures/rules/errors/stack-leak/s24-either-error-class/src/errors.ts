export class BadInputError extends Error {
  statusCode = 400;
}
export class MissingError extends Error {
  statusCode = 404;
}
