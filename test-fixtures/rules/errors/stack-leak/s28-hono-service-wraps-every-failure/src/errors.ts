export enum Code {
  BAD_TOKEN = 'BAD_TOKEN',
  FORBIDDEN = 'FORBIDDEN',
  BAD_INPUT = 'BAD_INPUT',
  INTERNAL = 'INTERNAL',
}

// errors the services raise on purpose, each with a message written for the client
export class AccountError extends Error {
  constructor(public code: Code, message: string, public status = 400) {
    super(message);
  }
}

// an error that also carries a driver's message (see sync.ts)
export class SyncError extends Error {
  constructor(public code: Code, message: string) {
    super(message);
  }
}
