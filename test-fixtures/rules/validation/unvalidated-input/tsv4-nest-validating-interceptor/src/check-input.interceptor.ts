import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import { DtoChecker } from './dto-checker';

export enum RequestPart {
  BODY = 'body',
  PARAMS = 'params',
}

// checks one part of the request against a DTO class before the handler runs
@Injectable()
export class CheckInputInterceptor implements NestInterceptor {
  private readonly checker = new DtoChecker();

  constructor(private readonly dto: new () => object, private readonly part: RequestPart) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    await this.checker.check(this.dto, context.switchToHttp().getRequest()[this.part]);
    return next.handle();
  }
}

// only times the request
@Injectable()
export class TimingInterceptor implements NestInterceptor {
  constructor(private readonly label: string) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const started = Date.now();
    process.stdout.write(`${this.label} ${started}\n`);
    return next.handle();
  }
}
