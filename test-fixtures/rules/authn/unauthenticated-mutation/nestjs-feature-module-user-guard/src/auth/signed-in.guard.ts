import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { OPEN_KEY } from './public.decorator';

// the session middleware puts the account on the request; no account, no entry (Nest answers 403 for false)
@Injectable()
export class SignedInGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const open = this.reflector.getAllAndOverride<boolean>(OPEN_KEY, [context.getHandler(), context.getClass()]);
    if (open) return true;
    const req = context.switchToHttp().getRequest();
    return Boolean(req.user);
  }
}
