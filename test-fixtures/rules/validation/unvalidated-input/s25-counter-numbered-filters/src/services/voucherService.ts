import { runSql } from '../config/db';

export class VoucherService {
  async listVouchers(page = 1, limit = 20, filters: { kind?: string; owner?: string } = {}) {
    const offset = (page - 1) * limit;
    const clauses: string[] = [];
    const values: (string | number)[] = [];
    let n = 1;
    if (filters.kind) {
      clauses.push(`kind = $${n}`);
      values.push(filters.kind);
      n++;
    }
    if (filters.owner) {
      clauses.push(`owner_id = $${n}`);
      values.push(filters.owner);
      n++;
    }
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    const rows = await runSql(`SELECT id, code, kind FROM vouchers ${where} ORDER BY id LIMIT $${n} OFFSET $${n + 1}`, [...values, limit, offset]);
    return { rows, page };
  }

  async listByState(page = 1, limit = 10, state?: string, owner?: string) {
    const offset = (page - 1) * limit;
    let where = '';
    const values: (string | number)[] = [limit, offset];
    let n = 3;
    const parts: string[] = [];
    if (state) {
      parts.push(`state = $${n}`);
      values.push(state);
      n++;
    }
    if (owner) {
      parts.push(`owner_id = $${n}`);
      values.push(owner);
      n++;
    }
    if (parts.length > 0) where = `WHERE ${parts.join(' AND ')}`;
    const rows = await runSql(`SELECT * FROM vouchers ${where} ORDER BY id LIMIT $1 OFFSET $2`, values);
    const count = await runSql(`SELECT COUNT(*) FROM vouchers ${where}`, values.slice(2));
    return { rows, count };
  }

  async addNote(id: string, changes: { note?: string; label?: string }) {
    const sets: string[] = [];
    const values: string[] = [];
    let n = 1;
    if (changes.note) {
      sets.push(`note = $${n}`);
      values.push(changes.note);
      n++;
    }
    if (changes.label) {
      sets.push(`label = $${n}`);
      values.push(changes.label);
      n++;
    }
    values.push(id);
    return runSql(`UPDATE vouchers SET ${sets.join(', ')} WHERE id = $${n} RETURNING id`, values);
  }
}

export const voucherService = new VoucherService();
