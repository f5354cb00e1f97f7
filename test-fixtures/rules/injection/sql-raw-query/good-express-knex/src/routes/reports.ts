import { Router } from 'express';
import { z } from 'zod';
import { db } from '../db';

export const reportsRouter = Router();

const salesQuery = z.object({
  bucket: z.enum(['day', 'week', 'month']).default('month'),
  from: z.coerce.date().optional(),
  min: z.coerce.number().nonnegative().optional(),
  sort: z.enum(['total', 'region']).default('total'),
});

// GET /reports/sales?bucket=month&from=2024-01-01&min=100&sort=total
reportsRouter.get('/sales', async (req, res) => {
  const { bucket, from, min, sort } = salesQuery.parse(req.query);
  const query = db('orders').select('region').sum({ total: 'total' });
  query.select(db.raw('date_trunc(?, created_at) AS bucket', [bucket]));
  if (from) query.where('created_at', '>=', from);
  query.groupByRaw('region, date_trunc(?, created_at)', [bucket]);
  if (min !== undefined) query.havingRaw('sum(total) > ?', [min]);
  query.orderBy(sort, 'desc');
  res.json(await query);
});

reportsRouter.get('/customers/:region', async (req, res) => {
  const { region } = z.object({ region: z.string().length(2) }).parse(req.params);
  const rows = await db('customers as c')
    .join('orders as o', 'o.customer_id', 'c.id')
    .where({ 'o.region': region })
    .whereRaw('lower(c.status) = ?', ['active'])
    .distinct('c.id', 'c.name');
  res.json(rows);
});

reportsRouter.get('/top', async (req, res) => {
  const { limit } = z.object({ limit: z.coerce.number().int().min(1).max(100).default(10) }).parse(req.query);
  const result = await db.raw('SELECT customer_id, sum(total) AS spent FROM orders GROUP BY customer_id ORDER BY spent DESC LIMIT ?', [limit]);
  res.json(result.rows);
});
