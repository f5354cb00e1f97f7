const express = require('express');
const jwt = require('jsonwebtoken');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

function requireStaff(req, res, next) {
  const header = req.headers.authorization || '';
  try {
    req.staff = jwt.verify(header.replace('Bearer ', ''), process.env.JWT_SECRET);
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'unauthorized' });
  }
}

const isText = (v, max) => typeof v === 'string' && v.trim().length > 0 && v.length <= max;

// every field checked by hand, but the clinic the patient is filed under is the client's choice
app.post('/api/patients', async (req, res) => { // expect: authn/unauthenticated-mutation
  const { clinic_id, full_name, phone } = req.body;
  if (!isText(clinic_id, 36) || !isText(full_name, 120) || !isText(phone, 20)) {
    return res.status(400).json({ error: 'clinic_id, full_name and phone are required' });
  }
  const { rows } = await pool.query(
    'INSERT INTO patients (clinic_id, full_name, phone) VALUES ($1, $2, $3) RETURNING id',
    [clinic_id, full_name, phone]
  );
  res.status(201).json(rows[0]);
});

app.post('/api/boards', async (req, res) => { // expect: authn/unauthenticated-mutation
  const { organizationId, title } = req.body;
  if (typeof organizationId !== 'string' || typeof title !== 'string' || title.length > 80) {
    return res.status(400).json({ error: 'organizationId and title are required' });
  }
  const { rows } = await pool.query('INSERT INTO boards (organization_id, title) VALUES ($1, $2) RETURNING id', [organizationId, title]);
  res.status(201).json(rows[0]);
});

// a contact form: checked by hand, names no one's records: a public submission by design
app.post('/api/contact', async (req, res) => {
  const { name, email, message } = req.body;
  if (!isText(name, 120) || !isText(email, 200) || !email.includes('@') || !isText(message, 4000)) {
    return res.status(400).json({ error: 'name, email and message are required' });
  }
  await pool.query('INSERT INTO contact_messages (name, email, message) VALUES ($1, $2, $3)', [name, email, message]);
  res.status(201).json({ received: true });
});

app.get('/api/patients', requireStaff, async (req, res) => {
  const { rows } = await pool.query('SELECT id, full_name FROM patients WHERE clinic_id = $1', [req.staff.clinicId]);
  res.json(rows);
});

app.listen(3000);
