import { pool } from './db.js';
import log from './log.js';

export async function monthlyUsage(boardId) {
  try {
    const r = await pool.query('SELECT COUNT(*) AS n FROM exports WHERE board_id = $1', [boardId]);
    log.info(`usage for board ${boardId}: ${r.rows[0].n}`);
    return Number(r.rows[0].n);
  } catch (err) {
    log.error(`could not count exports of board ${boardId}:`, err);
    throw err;
  }
}

export async function usageByLabel(boardId, label) {
  const r = await pool.query(`SELECT COUNT(*) AS n FROM exports WHERE board_id = $1 AND label = '${label}'`, [boardId]);
  return Number(r.rows[0].n);
}
