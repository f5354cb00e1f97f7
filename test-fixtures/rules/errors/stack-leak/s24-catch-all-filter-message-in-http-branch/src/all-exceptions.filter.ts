import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Response } from 'express';

// Catches everything: the text of an HttpException goes out, any other failure gets a fixed answer.
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('errors');

  catch(exception: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    let status = 500;
    let message: string | string[] = 'Something went wrong';
    if (exception instanceof HttpException) {
      status = exception.getStatus();
      const body = exception.getResponse();
      if (typeof body === 'object') {
        message = (body as { message?: string }).message || exception.message;
      } else {
        message = exception.message;
      }
    } else if (exception instanceof Error) {
      this.logger.error(
        `unexpected failure: ${exception.message}`,
        exception.stack,
      );
    }
    res.status(status).json({ status, message });
  }
}

// A filter of the same shape that also takes the message of any other error.
@Catch()
export class LooseExceptionsFilter implements ExceptionFilter {
  catch(exception: any, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    let status = 500;
    let message = 'Something went wrong';
    if (exception instanceof HttpException) {
      status = exception.getStatus();
      message = exception.message;
    } else {
      message = exception.message;
    }
    res.status(status).json({ status, message }); // expect: errors/stack-leak
  }
}
