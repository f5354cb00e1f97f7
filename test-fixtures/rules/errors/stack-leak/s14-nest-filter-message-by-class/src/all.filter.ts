import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';

// every error goes through here; only an HttpException's message (text the code threw for the client) is sent
@Catch()
export class AllFilter implements ExceptionFilter {
  private readonly logger = new Logger('AllFilter');

  catch(exception: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse();
    const status = exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    const message =
      exception instanceof HttpException
        ? exception.message
        : 'Internal server error';
    if (exception instanceof Error) this.logger.error(exception.message, exception.stack);
    response.status(status).json({ statusCode: status, message, at: new Date().toISOString() });
  }
}
