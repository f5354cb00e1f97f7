import { HttpException, HttpStatus } from '@nestjs/common';

// Every error the API answers carries a stable code next to the HTTP status.
export class AppError extends HttpException {
  constructor(code: string, message: string, status: HttpStatus = HttpStatus.BAD_REQUEST) {
    super({ code, message }, status);
  }
}
