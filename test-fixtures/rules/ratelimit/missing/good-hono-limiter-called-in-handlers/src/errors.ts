export class HttpFailure extends Error {
  readonly status: number;
  readonly code: string;

  constructor(init: { status: number; code: string; message: string }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
  }
}
