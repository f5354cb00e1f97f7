import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { DbService } from '../db.service';

// looks the item up for the audit log only: a missing item is logged and let through
@Injectable()
export class AuditGuard implements CanActivate {
  private readonly log = new Logger('audit');

  constructor(private readonly db: DbService) {}

  async canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest();
    const item = await this.db.item.findUnique({ where: { id: request.params.id } });
    if (!item) this.log.warn(`no item ${request.params.id}`);
    return true;
  }
}
