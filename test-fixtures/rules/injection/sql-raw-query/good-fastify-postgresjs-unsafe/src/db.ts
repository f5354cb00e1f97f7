import postgres from 'postgres';

export const sql = postgres(process.env.DATABASE_URL as string, { max: 10 });
const FIELDS = new Set(['plate', 'status']);

// unsafe with its parameter array: the text holds only $1
export function vehiclesWhere(column: string, value: string) {
  if (!FIELDS.has(column)) throw new Error('unknown field');
  return sql`SELECT id, plate, status FROM vehicles WHERE ${sql(column)} = ${value}`;
}

export function vehicleByPlate(plate: string) {
  return sql.unsafe('SELECT id, plate, status FROM vehicles WHERE plate = $1', [plate]);
}
