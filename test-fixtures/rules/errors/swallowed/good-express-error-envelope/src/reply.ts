// every answer is HTTP 200; the body carries the outcome
export class Reply {
  static ok(data: unknown) {
    return { code: 0, data };
  }

  static failure(message: string, code = 500) {
    return { code, message, data: null };
  }
}
