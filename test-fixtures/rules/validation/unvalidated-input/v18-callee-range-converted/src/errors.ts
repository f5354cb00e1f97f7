export const Status = {
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
} as const;

export class HttpFailure extends Error {
  constructor(message: string, public readonly status: number, public readonly code = 'FAILED') {
    super(message);
  }
}
