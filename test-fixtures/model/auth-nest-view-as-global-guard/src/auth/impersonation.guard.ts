import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

/** "View as": an administrator sends X-View-As with a user id; everyone else is left alone. */
@Injectable()
export class ImpersonationGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const target = request.headers['x-view-as'];
    if (!target) return true;
    const bearer = (request.headers.authorization || '').replace('Bearer ', '');
    const claims = await this.jwt.verifyAsync(bearer);
    if (claims.role !== 'admin') throw new ForbiddenException('Only administrators can view as another user');
    request.headers['x-effective-user'] = target;
    return true;
  }
}
