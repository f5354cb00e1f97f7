import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { IS_PUBLIC_KEY, SIGNED_IN_OPTIONAL } from './public.decorator';

@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private reflector: Reflector) {
    super();
  }

  canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    if (isPublic) {
      return true;
    }
    return super.canActivate(context);
  }

  // passport hands what the strategy found here; on an optional route a missing user is no failure
  handleRequest(err: any, user: any, info: any, context: ExecutionContext) {
    const optional = this.reflector.getAllAndOverride<boolean>(SIGNED_IN_OPTIONAL, [context.getHandler(), context.getClass()]);
    if (optional) {
      return user;
    }
    return super.handleRequest(err, user, info, context);
  }
}
