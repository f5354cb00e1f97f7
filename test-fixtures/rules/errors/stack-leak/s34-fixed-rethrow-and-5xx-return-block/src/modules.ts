import { Pool } from 'pg';

const pool = new Pool();

export class Modules {
  // a not-found error thrown inside the try is taken by the catch, which throws fixed text
  static async activate(tenantId: string, code: string): Promise<boolean> {
    try {
      const found = await pool.query('SELECT id FROM modules WHERE code = $1', [code]);
      if (found.rows.length === 0) throw new Error(`Module ${code} not found`);
      await pool.query('INSERT INTO tenant_modules (tenant_id, module_id) VALUES ($1, $2)', [tenantId, found.rows[0].id]);
      return true;
    } catch (error) {
      console.error('activate failed', error);
      throw new Error('Failed to activate module');
    }
  }

  // the same check outside the try: its text leaves the function
  static async deactivate(tenantId: string, code: string): Promise<boolean> {
    const found = await pool.query('SELECT id FROM modules WHERE code = $1', [code]);
    if (found.rows.length === 0) throw new Error(`Module ${code} not found`);
    await pool.query('DELETE FROM tenant_modules WHERE tenant_id = $1 AND module_id = $2', [tenantId, found.rows[0].id]);
    return true;
  }
}
