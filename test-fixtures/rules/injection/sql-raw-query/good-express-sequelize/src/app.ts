import express from 'express';
import { DataTypes, QueryTypes, Sequelize } from 'sequelize';
import * as yup from 'yup';

const sequelize = new Sequelize(process.env.DATABASE_URL as string, { logging: false });
const Rsvp = sequelize.define('Rsvp', {
  eventId: { type: DataTypes.INTEGER, allowNull: false },
  email: { type: DataTypes.STRING, allowNull: false },
});

const app = express();
app.use(express.json());

const citySchema = yup.object({ city: yup.string().max(80).required() });
const rsvpSchema = yup.object({ email: yup.string().email().required() });

app.get('/events', async (req, res) => {
  const { city } = await citySchema.validate(req.query);
  const events = await sequelize.query('SELECT id, title, starts_at FROM events WHERE city = :city ORDER BY starts_at', {
    replacements: { city },
    type: QueryTypes.SELECT,
  });
  res.json(events);
});

app.post('/events/:id/rsvp', async (req, res) => {
  const eventId = await yup.number().integer().positive().required().validate(req.params.id);
  const { email } = await rsvpSchema.validate(req.body);
  await sequelize.query('UPDATE events SET rsvp_count = rsvp_count + 1 WHERE id = $1', { bind: [eventId] });
  const rsvp = await Rsvp.create({ eventId, email });
  res.status(201).json(rsvp);
});

app.listen(3000);
