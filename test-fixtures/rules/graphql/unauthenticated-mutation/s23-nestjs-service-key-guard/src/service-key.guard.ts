import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ServiceKeys } from './service-keys';

// machine callers (the scoring worker) present their key; no key, no entry
@Injectable()
export class ServiceKeyGuard implements CanActivate {
  constructor(private readonly keys: ServiceKeys) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = GqlExecutionContext.create(context).getContext().request;
    const presented = request.headers['x-service-key'];
    if (!presented) return false;
    return this.keys.isValid(presented);
  }
}
