import { Pool } from 'pg';

const pool = new Pool();
const COLUMNS = 'id, customer_id, status, total, created_at';
const SORT_COLUMNS: Record<string, string> = { created: 'created_at', total: 'total', status: 'status' };

export interface OrderQuery {
  status?: string;
  customerId?: string;
  sortBy: string;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

// The usual safe dynamic query: fragments are constants, values go through $n placeholders,
// the sort column comes from an allow-list and the direction from a ternary of constants.
export async function listOrders(query: OrderQuery) {
  const params: unknown[] = [];
  const conditions: string[] = [];
  if (query.status) {
    params.push(query.status);
    conditions.push(`status = $${params.length}`);
  }
  if (query.customerId) {
    params.push(query.customerId);
    conditions.push(`customer_id = $${params.length}`);
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const orderBy = SORT_COLUMNS[query.sortBy] ?? 'created_at';
  const direction = query.order === 'asc' ? 'ASC' : 'DESC';
  params.push(query.pageSize, (query.page - 1) * query.pageSize);
  const { rows } = await pool.query(
    `SELECT ${COLUMNS} FROM orders ${where} ORDER BY ${orderBy} ${direction} LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return rows;
}
