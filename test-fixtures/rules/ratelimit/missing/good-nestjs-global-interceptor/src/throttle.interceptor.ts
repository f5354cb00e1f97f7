import { CallHandler, ExecutionContext, HttpException, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';

// a fixed window per client address: past the limit the request is refused with 429
@Injectable()
export class ThrottleInterceptor implements NestInterceptor {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest();
    const key = String(request.ip);
    const now = Date.now();
    const w = this.windows.get(key);
    if (w && w.resetAt > now) {
      w.count++;
      if (w.count > 60) {
        throw new HttpException('Too many requests', HttpStatus.TOO_MANY_REQUESTS);
      }
    } else {
      this.windows.set(key, { count: 1, resetAt: now + 60_000 });
    }
    return next.handle();
  }
}
