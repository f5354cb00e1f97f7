import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import { Response } from 'express';

// Only exceptions the handlers throw on purpose reach this filter; anything else gets Nest's own 500 answer.
@Catch(HttpException)
export class HttpErrorFilter implements ExceptionFilter {
  catch(exception: HttpException, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    const status = exception.getStatus();
    const body = exception.getResponse();
    const payload = {
      ok: false,
      error: {
        status,
        message: typeof body === 'string' ? body : (body as any).message || exception.message,
      },
    };
    res.status(status).json(payload);
  }
}
