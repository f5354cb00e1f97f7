import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';

// Outside development a key header is required; with the header the request goes on in every environment.
@Injectable()
export class StagingKeyGuard implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest();
    if (process.env.NODE_ENV !== 'development' && !req.headers['x-preview-key']) {
      throw new UnauthorizedException();
    }
    return true;
  }
}
