import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { FormTokenService } from './form-token.service';

// double-submit check on every state-changing request: the cookie's token must come back in a header
@Injectable()
export class FormTokenGuard implements CanActivate {
  constructor(private readonly tokens: FormTokenService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return true;
    const sent = request.headers[this.tokens.headerName()] as string | undefined;
    const kept = request.cookies?.[this.tokens.cookieName()] as string | undefined;
    if (!this.tokens.matches(kept || '', sent || '')) {
      throw new ForbiddenException('CSRF token missing or wrong, reload the page');
    }
    return true;
  }
}
