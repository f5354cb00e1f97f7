const express = require('express');
const mongoose = require('mongoose');

const Message = mongoose.model('Message', new mongoose.Schema({ doctorId: String, patientId: String, body: String }));

const app = express();
app.use(express.json());

// the doctor's patients: the path id only filters a distinct query
app.get('/doctors/:doctorId/patients', async (req, res) => {
  const ids = await Message.distinct('patientId', { doctorId: req.params.doctorId });
  res.json(ids);
});

// a distinct over a field the client names: the field itself is chosen by the request
app.get('/messages/distinct/:field', async (req, res) => {
  const values = await Message.distinct(req.params.field); // expect: validation/unvalidated-input
  res.json(values);
});

// a body filter handed as it is: an object sent in its place is read as a query operator
app.post('/messages/senders', async (req, res) => {
  const ids = await Message.distinct('patientId', { body: req.body.text }); // expect: validation/unvalidated-input
  res.json(ids);
});

app.listen(3000);
