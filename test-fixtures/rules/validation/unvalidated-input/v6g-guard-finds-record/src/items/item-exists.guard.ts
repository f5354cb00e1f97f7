import { CanActivate, ExecutionContext, Injectable, NotFoundException } from '@nestjs/common';
import { DbService } from '../db.service';

// only ids of stored items get past: the lookup answers 404 for anything else
@Injectable()
export class ItemExistsGuard implements CanActivate {
  constructor(private readonly db: DbService) {}

  async canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest();
    const itemId = Object.prototype.hasOwnProperty.call(request.params, 'itemId')
      ? request.params.itemId
      : request.params.id;
    const item = await this.db.item.findUnique({ where: { id: itemId } });
    if (!item || item.expiresAt < Date.now()) throw new NotFoundException('Item not found');
    return true;
  }
}

// a guard built on the one above keeps its check
@Injectable()
export class ItemReaderGuard extends ItemExistsGuard {}
