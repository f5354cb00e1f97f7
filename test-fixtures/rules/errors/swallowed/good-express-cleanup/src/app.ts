import express from 'express';
import { monthlyTotals } from './report';

const app = express();
app.get('/reports/monthly', async (req, res, next) => {
  try {
    res.json(await monthlyTotals(String(process.env.DATABASE_URL)));
  } catch (err) {
    next(err);
  }
});
app.listen(3000);
