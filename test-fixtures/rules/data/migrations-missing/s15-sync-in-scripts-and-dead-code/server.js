import express from 'express';
import { connect, syncDatabase } from './config/database.js';
import { tenant } from './middleware/tenant.js';
import { Dish } from './models/dish.js';

const app = express();
app.use(express.json({ limit: '100kb' }));
app.use(tenant);

app.get('/dishes', async (req, res, next) => {
  try {
    res.json(await Dish.findAll({ limit: 100 }));
  } catch (err) {
    next(err);
  }
});

async function start() {
  await connect();
  await syncDatabase();
  app.listen(process.env.PORT || 3000);
}

start();
