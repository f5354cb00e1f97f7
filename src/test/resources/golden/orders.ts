import express from 'express';
import { Pool } from 'pg';

const TABLE = 'orders';
const pool = new Pool();
export const router = express.Router();

router.get('/orders', async (req, res) => {
  const sort = req.query.sort;
  const rows = await pool.query(`select * from ${TABLE} order by ${sort}`);
  if (!rows) return res.status(404).end();
  res.json(rows);
});

export class Notes {
  constructor(private readonly db: Pool) {}

  async add(id: number, text: string) {
    return this.db.query('update ' + TABLE + ' set note = $1 where id = $2', [text, id]);
  }
}
