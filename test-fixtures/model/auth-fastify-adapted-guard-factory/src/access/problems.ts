// error codes and the HTTP status each one answers with
const STATUS_OF: Record<string, number> = {
  NOT_SIGNED_IN: 401,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  BAD_INPUT: 400,
};

export class ProblemError extends Error {
  readonly status: number;
  constructor(readonly code: string, message: string) {
    super(message);
    this.status = STATUS_OF[code] ?? 500;
  }
}

export function problem(code: string, message?: string): ProblemError {
  return new ProblemError(code, message ?? code);
}
