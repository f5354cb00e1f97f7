import express from 'express';
import validator from 'validator';
import mongoose from 'mongoose';
import pg from 'pg';
import { assertSlug } from './checks.js';
import { BadRequestError } from './errors.js';

const pool = new pg.Pool();
const Member = mongoose.model('Member', new mongoose.Schema({ email: String, name: String, age: Number }));
const app = express();
app.use(express.json());

// every field read is checked by type, format or range before use
app.post('/members', async (req, res) => {
  const { email, name, age } = req.body;
  if (typeof email !== 'string' || !validator.isEmail(email)) return res.status(400).json({ error: 'email' });
  if (typeof name !== 'string' || name.length > 80) return res.status(400).json({ error: 'name' });
  if (!Number.isInteger(age) || age < 0) return res.status(400).json({ error: 'age' });
  res.status(201).json(await Member.create({ email, name, age }));
});

// a regex test guarding a throw
app.get('/members/by-slug', async (req, res) => {
  const slug = req.query.slug;
  if (!/^[a-z0-9-]+$/.test(slug)) throw new BadRequestError('slug');
  res.json(await Member.findOne({ slug }));
});

// the check lives in a helper the handler hands the value to
app.get('/tags', async (req, res) => {
  const tag = assertSlug(req.query.tag);
  const { rows } = await pool.query('SELECT * FROM tags WHERE slug = $1', [tag]);
  res.json(rows);
});

// an allow-list: only known values pass
app.get('/members', async (req, res) => {
  const sort = req.query.sort;
  if (!['name', 'age'].includes(sort)) return res.status(400).end();
  res.json(await Member.find().sort({ [sort]: 1 }));
});

// presence only: email may still be an object such as {"$gt": ""}
app.post('/login', async (req, res) => {
  const { email, password } = req.body; // expect: validation/unvalidated-input[warning]
  if (!email || !password) return res.status(400).json({ error: 'email and password are required' });
  const member = await Member.findOne({ email });
  res.json({ ok: Boolean(member && password) });
});

// one field checked by type, another not checked at all
app.put('/members/:id/profile', async (req, res) => {
  if (typeof req.body.name !== 'string') return res.status(400).end();
  const member = await Member.findById(req.params.id);
  member.name = req.body.name;
  member.bio = req.body.bio; // expect: validation/unvalidated-input[warning]
  res.json(await member.save());
});

// the rejection goes through a response helper: an early return after the format check
function sendInvalid(res, message) {
  return res.status(400).json({ error: message });
}

app.get('/members/by-email', async (req, res) => {
  if (!validator.isEmail(String(req.query.email))) return sendInvalid(res, 'email');
  res.json(await Member.findOne({ email: req.query.email }));
});

// a sanitizer is not validation: its early returns hand a value back, they reject nothing
function stripNul(value) {
  if (typeof value !== 'string') return value;
  return value.replace(/\0/g, '');
}

function sanitize(req, res, next) {
  for (const key of Object.keys(req.body)) req.body[key] = stripNul(req.body[key]);
  next();
}

app.post('/notes', sanitize, async (req, res) => {
  res.status(201).json(await Member.updateOne({ _id: req.body.member }, { $push: { notes: req.body.text } })); // expect: validation/unvalidated-input[warning]
});

// a middleware that checks one field by hand validates that field only
function requireNumericAge(req, res, next) {
  if (!Number.isInteger(req.body.age)) return res.status(422).json({ error: 'age' });
  next();
}

app.patch('/members/:id/age', requireNumericAge, async (req, res) => {
  res.json(await Member.findByIdAndUpdate(req.params.id, { age: req.body.age }));
});

app.patch('/members/:id/nickname', requireNumericAge, async (req, res) => {
  res.json(await Member.findByIdAndUpdate(req.params.id, { nickname: req.body.nickname })); // expect: validation/unvalidated-input[warning]
});

// comparing a shared secret is authentication, not validation of the body
function webhookSecret(req, res, next) {
  if (req.body.secret !== process.env.HOOK_SECRET) return res.status(401).end();
  next();
}

app.post('/hooks/member', webhookSecret, async (req, res) => {
  res.json(await Member.create({ email: req.body.email })); // expect: validation/unvalidated-input[warning]
});

app.listen(3000);
