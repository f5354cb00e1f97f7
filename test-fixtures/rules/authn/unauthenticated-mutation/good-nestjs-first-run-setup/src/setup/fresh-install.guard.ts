import { CanActivate, ForbiddenException, Injectable } from '@nestjs/common';
import { Store } from './store';

// Lets the request through only while the instance has no space at all.
@Injectable()
export class FreshInstallGuard implements CanActivate {
  constructor(private readonly store: Store) {}

  async canActivate(): Promise<boolean> {
    const spaces = await this.store.space.count();
    if (spaces > 0) {
      throw new ForbiddenException('this instance is set up already');
    }
    return true;
  }
}
