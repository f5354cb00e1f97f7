import { SelectQueryBuilder } from 'typeorm';

// applied to several builders; the column list is the caller's
export function applySearch<T>(qb: SelectQueryBuilder<T>, columns: string[], term?: string) {
  if (!term) return qb;
  const ors = columns.map((c) => `${c} ILIKE :term`).join(' OR ');
  return qb.andWhere(`(${ors})`, { term: `%${term}%` });
}

// the client's sort string goes straight into ORDER BY
export function applySort<T>(qb: SelectQueryBuilder<T>, sort?: string) {
  return sort ? qb.orderBy(`u.${sort}`) : qb; // expect: injection/sql-raw-query[error]
}
