import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';

const db = drizzle(process.env.DATABASE_URL);

class StatsService {
  // bucket reaches sql.raw: every caller hands a value the route schema limits to three words, or leaves the default
  async paidByPeriod(from, to, bucket = 'month') {
    return db.execute(sql`SELECT DATE_TRUNC(${sql.raw(`'${bucket}'`)}, paid_at) AS period, SUM(amount) FROM claims
      WHERE paid_at BETWEEN ${from} AND ${to} GROUP BY 1 ORDER BY 1`);
  }

  // the label is free text in its route schema (a string with a length bound)
  async byLabel(label) {
    return db.execute(sql`SELECT id FROM claims WHERE ${sql.raw(`label = '${label}'`)}`); // expect: injection/sql-raw-query
  }
}

export default new StatsService();
