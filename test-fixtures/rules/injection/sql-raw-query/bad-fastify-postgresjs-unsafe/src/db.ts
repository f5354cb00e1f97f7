import postgres from 'postgres';

export const sql = postgres(process.env.DATABASE_URL as string, { max: 10 });

// builds the filter by hand and runs it unparameterized
export function vehiclesWhere(column: string, value: string) {
  return sql.unsafe(`SELECT id, plate, status FROM vehicles WHERE ${column} = '${value}'`); // expect: injection/sql-raw-query[error]
}
