import express from 'express';
import { QueryTypes, Sequelize } from 'sequelize';

const sequelize = new Sequelize(process.env.DATABASE_URL as string, { logging: false });
const app = express();
app.use(express.json());

app.get('/events', async (req, res) => {
  const { city } = req.query;
  const events = await sequelize.query(`SELECT id, title, starts_at FROM events WHERE city = '${city}' ORDER BY starts_at`, { type: QueryTypes.SELECT }); // expect: injection/sql-raw-query
  res.json(events);
});

app.post('/events/:id/rsvp', async (req, res) => {
  const sql = "INSERT INTO rsvps (event_id, email) VALUES (" + req.params.id + ", '" + req.body.email + "')";
  await sequelize.query(sql); // expect: injection/sql-raw-query
  res.status(201).end();
});

app.listen(3000);
