const express = require('express');
const mongoose = require('mongoose');

const User = mongoose.model('User', new mongoose.Schema({ email: String, devices: [{ token: String, addedAt: Date }] }));

const app = express();
app.use(express.json());
app.use((req, res, next) => { req.user = { id: req.get('x-user') }; next(); });

// the device token is only compared with the stored ones: nothing of it is kept or queried
app.delete('/me/devices', async (req, res) => {
  const { token } = req.body;
  if (!token) return res.status(400).json({ error: 'token required' });
  const user = await User.findById(req.user.id);
  if (!user) return res.status(404).json({ error: 'no user' });
  const before = user.devices.length;
  user.devices = user.devices.filter((d) => d.token !== token);
  if (user.devices.length === before) return res.status(404).json({ error: 'unknown device' });
  await user.save();
  res.json({ devices: user.devices.length });
});

// the same token, kept on the user as it came
app.post('/me/devices', async (req, res) => {
  const { token } = req.body; // expect: validation/unvalidated-input
  if (!token) return res.status(400).json({ error: 'token required' });
  const user = await User.findById(req.user.id);
  if (!user) return res.status(404).json({ error: 'no user' });
  user.devices = user.devices.filter((d) => d.token !== token).concat([{ token, addedAt: new Date() }]);
  await user.save();
  res.status(201).json({ devices: user.devices.length });
});

app.listen(3000);
