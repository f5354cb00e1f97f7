import { PrismaClient } from '@prisma/client';

export class QueryTools {
  constructor(private readonly db: PrismaClient) {}

  // a debugging helper nothing in the project calls: it takes SQL text by design
  async explain(sql: string): Promise<unknown> {
    return this.db.$queryRawUnsafe(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`);
  }

  // called below through a container the engine does not follow: where the text comes from is unknown
  async countWhere(where: string): Promise<unknown> {
    return this.db.$queryRawUnsafe(`SELECT COUNT(*) FROM pets WHERE ${where}`); // expect: injection/sql-raw-query
  }
}
