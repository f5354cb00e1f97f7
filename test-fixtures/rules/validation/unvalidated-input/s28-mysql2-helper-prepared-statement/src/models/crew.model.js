import { query, rawQuery } from '../config/database.js';

export class CrewModel {
  static async findAll(filters = {}) {
    let sql = 'SELECT c.* FROM crews c WHERE 1=1';
    const params = [];
    if (filters.site_id) {
      sql += ' AND c.site_id = ?';
      params.push(filters.site_id);
    }
    sql += ' ORDER BY c.name';
    return query(sql, params);
  }

  static async shiftReport(filters = {}) {
    const params = [];
    let sql = 'SELECT s.* FROM shifts s WHERE 1=1';
    if (filters.crew_id) {
      sql += ' AND s.crew_id = ?';
      params.push(filters.crew_id);
    }
    return rawQuery(sql, params);
  }
}
