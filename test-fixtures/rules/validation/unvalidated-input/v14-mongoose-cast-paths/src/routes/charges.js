import express from 'express';
import Charge from '../models/Charge.js';

const router = express.Router();

// every value goes to a path whose type Mongoose casts (an id, a number, a date, a map of text)
router.post('/', async (req, res) => {
  const { visitId, total, paidAt, tags } = req.body;
  const charge = new Charge({ visitId, total, paidAt, tags: tags || new Map() });
  await charge.save();
  res.status(201).json(charge);
});

// Mixed and String paths take anything (any object, any text)
router.post('/notes', async (req, res) => {
  const { extra, note } = req.body; // expect: validation/unvalidated-input
  const charge = new Charge({ total: 0, extra, note });
  await charge.save();
  res.status(201).json(charge);
});

export default router;
