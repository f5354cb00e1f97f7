import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';

// the token the page was given is kept in the session; unsafe requests must send it back in a header
@Injectable()
export class FormTokenGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest();
    if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(req.method)) return true;
    const sent = this.readToken(req);
    if (!sent || sent !== req.session?.formToken) throw new ForbiddenException('bad form token');
    return true;
  }

  private readToken(req: any): string | undefined {
    const h = req.headers['x-csrf-token'];
    return typeof h === 'string' ? h : undefined;
  }
}
