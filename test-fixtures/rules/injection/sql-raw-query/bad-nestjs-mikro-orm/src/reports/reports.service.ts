import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';

@Injectable()
export class ReportsService {
  constructor(private readonly em: EntityManager) {}

  signupsSince(since: string) {
    return this.em.execute(`SELECT date_trunc('day', created_at) AS day, count(*) FROM accounts WHERE created_at >= '${since}' GROUP BY 1`); // expect: injection/sql-raw-query[error]
  }

  async tagAccount(account: string, tag: string) {
    const connection = this.em.getConnection();
    await connection.execute("INSERT INTO account_tags (account_id, tag) VALUES ('" + account + "', '" + tag + "')"); // expect: injection/sql-raw-query[error]
  }
}
