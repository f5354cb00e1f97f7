import type { RowDataPacket } from 'mysql2';
import { pool } from '../db';
import { BaseRepository } from './BaseRepository';

export class CourseRepository extends BaseRepository {
  constructor() {
    super('courses');
  }

  async stats() {
    const [rows] = await pool.query<RowDataPacket[]>(`SELECT COUNT(*) AS count FROM courses WHERE status = 'open'`);
    return { count: Number(rows[0]?.count ?? 0) };
  }
}
