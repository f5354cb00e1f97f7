import { CallHandler, ExecutionContext, HttpException, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';
import { catchError } from 'rxjs/operators';

// every error a handler raises passes through here and leaves as one shape
@Injectable()
export class ErrorsInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Errors');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error) => {
        this.logger.error(error);
        if (error instanceof HttpException) return throwError(() => error);
        return throwError(() => new HttpException({ ok: false, code: 'INTERNAL' }, 500));
      }),
    );
  }
}
