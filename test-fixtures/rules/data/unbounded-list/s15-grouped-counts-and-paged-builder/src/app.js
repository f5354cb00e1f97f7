const express = require('express');
const { pool, dataSource, Sample } = require('./db');

const app = express();
app.use(express.json({ limit: '100kb' }));

// how many samples are in each status: one row per status
app.get('/reports/by-status', async (req, res, next) => {
  try {
    const { rows } = await pool.query(
      `SELECT status, COUNT(*)::int AS total
         FROM samples
        GROUP BY status
        ORDER BY total DESC`);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

// one row per owner: as many rows as owners
app.get('/reports/by-owner', async (req, res, next) => {
  try {
    const { rows } = await pool.query('SELECT owner_id, COUNT(*)::int AS total FROM samples GROUP BY owner_id'); // expect: data/unbounded-list
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

// new samples, a page at a time
app.post('/samples', async (req, res, next) => {
  try {
    const saved = await dataSource.getRepository(Sample).save({ code: String(req.body.code).slice(0, 40), status: 'new' });
    res.status(201).json(saved);
  } catch (err) {
    next(err);
  }
});

app.get('/samples', async (req, res, next) => {
  try {
    const page = Math.max(1, Number(req.query.page) || 1);
    const limit = Math.min(100, Math.max(1, Number(req.query.limit) || 20));
    const qb = dataSource.getRepository(Sample).createQueryBuilder('s');
    if (req.query.status) qb.andWhere('s.status = :status', { status: String(req.query.status) });
    qb.orderBy('s.id', 'DESC');
    qb.skip((page - 1) * limit).take(limit);
    const items = await qb.getMany();
    res.json({ items, page });
  } catch (err) {
    next(err);
  }
});

app.get('/samples/all', async (req, res, next) => {
  try {
    const qb = dataSource.getRepository(Sample).createQueryBuilder('s');
    qb.orderBy('s.id', 'DESC');
    const items = await qb.getMany(); // expect: data/unbounded-list
    res.json(items);
  } catch (err) {
    next(err);
  }
});

app.listen(3000);
