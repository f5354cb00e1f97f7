import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { OPEN_ROUTE } from './public.decorator';

// Keeps every signed-in user inside their own clinic.
@Injectable()
export class TenantGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const open = this.reflector.getAllAndOverride<boolean>(OPEN_ROUTE, [context.getHandler(), context.getClass()]);
    if (open) {
      return true;
    }
    const request = context.switchToHttp().getRequest();
    const user = request.user;
    if (!user) {
      throw new ForbiddenException('Not signed in');
    }
    const crossTenant = this.reflector.get<boolean>('crossTenant', context.getHandler());
    if (crossTenant) {
      return true;
    }
    const clinicId = request.params.clinicId ?? request.headers['x-clinic-id'];
    if (clinicId && clinicId !== user.clinicId) {
      throw new ForbiddenException('Other clinic');
    }
    return true;
  }
}
