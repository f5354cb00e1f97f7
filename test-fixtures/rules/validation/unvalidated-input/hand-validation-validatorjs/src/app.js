import express from 'express';
import Validator from 'validatorjs';

const guests = [];
const app = express();
app.use(express.json());

function throwHttpError(err) {
  const e = new Error(err.message);
  e.status = err.statusCode;
  throw e;
}

// the whole body goes through validatorjs; a failure answers 422
app.post('/guests', (req, res) => {
  const check = new Validator(req.body, { name: 'required|string|max:80', seats: 'required|integer|min:1' });
  if (check.fails()) return res.status(422).json(check.errors.all());
  guests.push({ name: req.body.name, seats: req.body.seats });
  res.status(201).json({ count: guests.length });
});

// selected fields are handed to validatorjs; passes() is the other way round
app.put('/guests/:index', (req, res) => {
  const { name, seats } = req.body;
  const v = new Validator({ name, seats }, { name: 'string|max:80', seats: 'integer|min:1' });
  if (!v.passes()) return res.status(400).json(v.errors.all());
  guests[Number(req.params.index)] = { name, seats, note: req.body.note }; // expect: validation/unvalidated-input[warning]
  res.json({ ok: true });
});

// a project helper that throws the 400 it is given rejects the request
app.get('/guests/search', (req, res) => {
  const term = req.query.term;
  if (!/^[a-z ]{1,40}$/i.test(term)) throwHttpError({ message: 'bad term', statusCode: 400 });
  res.json(guests.filter((g) => g.name.includes(term)));
});

app.listen(3000);
