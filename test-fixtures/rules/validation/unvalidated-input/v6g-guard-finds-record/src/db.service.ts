import { Injectable } from '@nestjs/common';

type Item = { id: string; ownerId: string; expiresAt: number };

// a stand-in for an ORM client: item.findUnique({ where: { id } })
@Injectable()
export class DbService {
  private readonly rows = new Map<string, Item>();

  readonly item = {
    findUnique: async (q: { where: { id: string } }) => this.rows.get(q.where.id) ?? null,
  };
}
