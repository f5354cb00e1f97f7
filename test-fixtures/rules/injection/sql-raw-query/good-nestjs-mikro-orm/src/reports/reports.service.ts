import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';

const TABLE = 'accounts';

@Injectable()
export class ReportsService {
  constructor(private readonly em: EntityManager) {}

  signupsSince(since: string) {
    return this.em.execute(`SELECT date_trunc('day', created_at) AS day, count(*) FROM ${TABLE} WHERE created_at >= ? GROUP BY 1`, [since]);
  }

  async tagAccount(account: string, tag: string) {
    await this.em.getConnection().execute('INSERT INTO account_tags (account_id, tag) VALUES (?, ?)', [account, tag]);
  }
}
