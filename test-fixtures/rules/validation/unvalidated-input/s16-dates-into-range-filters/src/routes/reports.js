import express from 'express';
import { Op } from 'sequelize';
import Sale from '../models/Sale.js';
import { db } from '../db.js';
import { requireShop } from '../auth.js';

const router = express.Router();

// the range's ends become dates (junk is an Invalid Date) before the filter sees them
router.get('/daily', requireShop, async (req, res) => {
  const { from, to } = req.query;
  const start = from ? new Date(from) : new Date();
  start.setHours(0, 0, 0, 0);
  const end = to ? new Date(to) : new Date();
  end.setHours(23, 59, 59, 999);
  const sales = await Sale.findAll({
    where: { shopId: req.shopId, status: 'paid', createdAt: { [Op.between]: [start, end] } },
  });
  res.json({ count: sales.length });
});

// month and year only build the dates of a range
router.get('/absences', requireShop, async (req, res) => {
  const { month, year } = req.query;
  let query = db('absences').where({ shop_id: req.shopId }).orderBy('created_at', 'desc');
  if (year && month) {
    const first = new Date(year, month - 1, 1);
    const last = new Date(year, month, 0);
    query = query.where(function () {
      this.whereBetween('start_date', [first, last]).orWhereBetween('end_date', [first, last]);
    });
  }
  res.json(await query);
});

// the note goes into the row as it came
router.post('/notes', requireShop, async (req, res) => {
  const { note } = req.body; // expect: validation/unvalidated-input
  await db('notes').insert({ shop_id: req.shopId, note, created_at: new Date() });
  res.status(201).json({ ok: true });
});

export default router;
