import express from 'express';
import Joi from 'joi';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

const bookingSchema = Joi.object({
  roomId: Joi.number().integer().positive().required(),
  from: Joi.date().iso().required(),
  to: Joi.date().iso().greater(Joi.ref('from')).required(),
});
const searchSchema = Joi.object({ date: Joi.date().iso().required() });
const idSchema = Joi.object({ id: Joi.string().uuid().required() });

app.get('/rooms/available', async (req, res) => {
  const { date } = Joi.attempt(req.query, searchSchema);
  const { rows } = await pool.query('SELECT id, name FROM rooms WHERE id NOT IN (SELECT room_id FROM bookings WHERE $1 BETWEEN "from" AND "to")', [date]);
  res.json(rows);
});

app.post('/bookings', async (req, res) => {
  const { value, error } = bookingSchema.validate(req.body, { abortEarly: false, stripUnknown: true });
  if (error) return res.status(400).json({ errors: error.details.map((d) => d.message) });
  const { rows } = await pool.query('INSERT INTO bookings (room_id, "from", "to") VALUES ($1, $2, $3) RETURNING id', [value.roomId, value.from, value.to]);
  res.status(201).json(rows[0]);
});

app.delete('/bookings/:id', async (req, res, next) => {
  try {
    const { id } = await idSchema.validateAsync(req.params);
    await pool.query('DELETE FROM bookings WHERE id = $1', [id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

app.listen(3000);
