const express = require('express');
const mongoose = require('mongoose');
const sanitizeRequest = require('./sanitize');

const Member = mongoose.model('Member', new mongoose.Schema({ email: String, team: String }));

const app = express();
app.use(express.json());
app.use(sanitizeRequest);

// email and team are only lookup values, and no operator object survives the sanitiser
app.post('/api/members/recover', async (req, res) => {
  const { email } = req.body;
  const member = await Member.findOne({ email });
  res.json({ sent: !!member });
});

app.get('/api/members', async (req, res) => {
  const { team } = req.query;
  res.json(await Member.find({ team }).limit(50));
});

mongoose.connect(process.env.MONGO_URL).then(() => app.listen(3000));
