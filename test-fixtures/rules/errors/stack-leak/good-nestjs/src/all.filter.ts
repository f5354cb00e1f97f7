import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';

@Catch()
export class AllFilter implements ExceptionFilter {
  private readonly logger = new Logger(AllFilter.name);

  catch(exception: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse();
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    const body = exception instanceof HttpException ? exception.getResponse() : { statusCode: 500, message: 'Internal server error' };
    this.logger.error(exception);
    response.status(status).json(body);
  }
}
