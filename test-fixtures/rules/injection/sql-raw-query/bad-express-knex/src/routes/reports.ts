import { Router } from 'express';
import { db } from '../db';

export const reportsRouter = Router();

// GET /reports/sales?bucket=month&from=2024-01-01&min=100&sort=total
reportsRouter.get('/sales', async (req, res) => {
  const { bucket = 'month', from, min, sort = 'total' } = req.query;
  const query = db('orders').select('region').sum({ total: 'total' });
  query.selectRaw(`date_trunc('${bucket}', created_at) AS bucket`); // expect: injection/sql-raw-query
  if (from) query.whereRaw(`created_at >= '${from}'`); // expect: injection/sql-raw-query
  query.groupByRaw(`region, date_trunc('${bucket}', created_at)`); // expect: injection/sql-raw-query
  if (min) query.havingRaw('sum(total) > ' + min); // expect: injection/sql-raw-query
  query.orderByRaw(`${sort} DESC`); // expect: injection/sql-raw-query
  res.json(await query);
});

reportsRouter.get('/customers/:region', async (req, res) => {
  const rows = await db('customers as c').joinRaw(`JOIN orders o ON o.customer_id = c.id AND o.region = '${req.params.region}'`).select('c.id', 'c.name'); // expect: injection/sql-raw-query
  res.json(rows);
});

reportsRouter.get('/top', async (req, res) => {
  const limit = req.query.limit;
  const result = await db.raw(`SELECT customer_id, sum(total) AS spent FROM orders GROUP BY customer_id ORDER BY spent DESC LIMIT ${limit}`); // expect: injection/sql-raw-query
  res.json(result.rows);
});
