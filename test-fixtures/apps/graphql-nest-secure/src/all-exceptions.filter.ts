import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/** Logs every error that is not an HttpException, then answers with Nest's default (a generic 500 for those). */
@Catch()
export class AllExceptionsFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost) {
    if (!(exception instanceof HttpException)) this.logger.error(exception);
    super.catch(exception, host);
  }
}
