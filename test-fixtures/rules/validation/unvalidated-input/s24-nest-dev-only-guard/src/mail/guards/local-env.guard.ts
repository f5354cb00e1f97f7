import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';

// Lets requests through only while the app runs locally; a deployed app answers 403 to everything.
@Injectable()
export class LocalEnvGuard implements CanActivate {
  canActivate(_ctx: ExecutionContext): boolean {
    const mode = process.env.NODE_ENV || 'development';
    const local = mode === 'development' || mode === 'local';
    if (!local) {
      throw new ForbiddenException('preview endpoints are disabled here');
    }
    return true;
  }
}
