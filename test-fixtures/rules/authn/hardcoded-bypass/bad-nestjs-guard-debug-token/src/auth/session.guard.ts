import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class SessionGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    if (request.headers['x-debug-token'] === 'billing-debug-7781') { // expect: authn/hardcoded-bypass
      return true;
    }
    const token = String(request.headers.authorization ?? '').replace('Bearer ', '');
    if (!token) throw new UnauthorizedException();
    try {
      request.user = await this.jwt.verifyAsync(token);
      return true;
    } catch {
      throw new UnauthorizedException();
    }
  }
}
