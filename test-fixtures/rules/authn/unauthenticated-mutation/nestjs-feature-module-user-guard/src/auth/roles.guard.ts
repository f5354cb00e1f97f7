import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ROLES_KEY } from './roles.decorator';

// looks at the account only on handlers that name roles; every other request passes
@Injectable()
export class RoleGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const needed = this.reflector.getAllAndOverride<string[]>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!needed) return true;
    const req = context.switchToHttp().getRequest();
    const have: string[] = req.user?.roles ?? [];
    return needed.every((r) => have.includes(r));
  }
}
