export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(opts: { status: number; code: string; message: string }) {
    super(opts.message);
    this.status = opts.status;
    this.code = opts.code;
  }
}
