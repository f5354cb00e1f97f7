import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { ServerKeys } from './server-keys';

// Backend services post alerts with a server key; the guard hands the work to its own helpers.
@Injectable()
export class ServerKeyGuard implements CanActivate {
  constructor(private readonly keys: ServerKeys) {}

  canActivate(context: ExecutionContext): Promise<boolean> {
    return this.validateRequest(context);
  }

  private async validateRequest(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const presented = request.headers['x-server-key'];
    if (await this.checkKey(presented)) return true;
    throw new UnauthorizedException('Invalid server key');
  }

  private async checkKey(presented: string | undefined): Promise<boolean> {
    if (!presented) throw new UnauthorizedException('x-server-key header missing');
    return this.keys.known(presented);
  }
}
