import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';

@Injectable()
export class DevelopmentGuard implements CanActivate {
  canActivate(_ctx: ExecutionContext): boolean {
    const mode = process.env.NODE_ENV || 'development';
    if (mode !== 'development' && mode !== 'local') {
      throw new ForbiddenException('Not available here');
    }
    return true;
  }
}
