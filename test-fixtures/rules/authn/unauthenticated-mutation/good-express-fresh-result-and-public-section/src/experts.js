const express = require('express');
const db = require('./db');

async function listExperts(req, res) {
  res.json(await db('experts').select('id', 'name'));
}

async function contactExpert(req, res) {
  const { name, email, note } = req.body;
  if (!name || !email || !note) return res.status(400).json({ error: 'name, email and note are required' });
  const expert = await db('experts').where({ id: req.params.id }).first();
  if (!expert) return res.status(404).json({ error: 'not found' });
  await db('inquiries').insert({ expert_id: expert.id, name: String(name), email: String(email), note: String(note) });
  res.status(201).json({ sent: true });
}

const router = express.Router();

// Public routes of the experts directory
router.get('/', listExperts);
router.post('/:id/contact', contactExpert);

module.exports = router;
