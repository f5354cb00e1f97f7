const express = require('express');
const { MongoClient } = require('mongodb');
const User = require('./models/User');
const { findAccount } = require('./accounts');

const app = express();
app.use(express.json());
const client = new MongoClient(process.env.MONGO_URL);
const db = client.db('notes');

app.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email, passwordHash: req.body.password }); // expect: injection/nosql-operator
  res.json({ ok: !!user });
});

app.get('/users', async (req, res) => {
  res.json(await User.find(req.query)); // expect: injection/nosql-operator
});

app.get('/by-name', async (req, res) => {
  const { name } = req.query;
  res.json(await User.findOne({ username: name })); // expect: injection/nosql-operator
});

app.post('/profile', async (req, res) => {
  res.json(await findAccount(req.body.username));
});

app.post('/reset', async (req, res) => {
  const user = await User.findById(req.body.id); // expect: injection/nosql-operator
  res.json({ found: !!user });
});

app.post('/notes/search', async (req, res) => {
  const notes = await db.collection('notes').find({ $where: "this.owner == '" + req.body.owner + "'" }).toArray(); // expect: injection/nosql-operator
  res.json(notes);
});

app.post('/stats', async (req, res) => {
  const rows = await db.collection('orders').aggregate([{ $match: { status: req.body.status } }, { $group: { _id: '$sku', n: { $sum: 1 } } }]).toArray(); // expect: injection/nosql-operator
  res.json(rows);
});

app.delete('/sessions', async (req, res) => {
  await db.collection('sessions').deleteMany({ ...req.body }); // expect: injection/nosql-operator
  res.sendStatus(204);
});

app.listen(3000);
