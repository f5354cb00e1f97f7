import { BadRequestException, CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { TokenStore } from './token-store';

// ties a token to the caller's session and compares the one the page sends back; it says nothing about who the caller is
@Injectable()
export class AntiForgeryGuard implements CanActivate {
  constructor(private readonly store: TokenStore) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest();
    if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return true;
    const sid = this.sessionKey(req);
    if (!sid) throw new BadRequestException('no session to tie the token to');
    const sent = this.tokenOf(req);
    if (!sent) throw new ForbiddenException('token missing');
    const ok = await this.store.matches(sid, sent);
    if (!ok) throw new ForbiddenException('token mismatch');
    return true;
  }

  private sessionKey(req: any): string | null {
    if (req.user?.id) return `user:${req.user.id}`;
    return req.ip ?? null;
  }

  private tokenOf(req: any): string | null {
    const t = req.headers['x-csrf-token'];
    return typeof t === 'string' ? t : null;
  }
}
