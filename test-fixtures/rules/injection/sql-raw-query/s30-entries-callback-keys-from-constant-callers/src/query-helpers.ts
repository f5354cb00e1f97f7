import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

// counts rows per value of one column; each condition's column name is a key of the object the caller writes, its value
// bound as a named parameter
export function countBy<T extends ObjectLiteral>(
  repo: { createQueryBuilder: (alias: string) => SelectQueryBuilder<T> },
  alias: string,
  column: string,
  where?: Record<string, unknown>,
): SelectQueryBuilder<T> {
  const qb = repo.createQueryBuilder(alias).select(`${alias}.${column}`, column).addSelect('COUNT(*)', 'count').groupBy(`${alias}.${column}`);
  if (where) {
    Object.entries(where).forEach(([key, value]) => {
      if (value === null) {
        qb.andWhere(`${alias}.${key} IS NOT NULL`);
      } else {
        qb.andWhere(`${alias}.${key} = :${key}`, { [key]: value });
      }
    });
  }
  return qb;
}

// the same filter over whatever object the caller hands in
export function filterBy<T extends ObjectLiteral>(
  repo: { createQueryBuilder: (alias: string) => SelectQueryBuilder<T> },
  alias: string,
  filters: Record<string, unknown>,
): SelectQueryBuilder<T> {
  const qb = repo.createQueryBuilder(alias);
  Object.entries(filters).forEach(([key, value]) => {
    qb.andWhere(`${alias}.${key} = :v`, { v: value }); // expect: injection/sql-raw-query
  });
  return qb;
}
