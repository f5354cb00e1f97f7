const express = require('express');
const nodemailer = require('nodemailer');

const app = express();
app.use(express.json());
const mailer = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 587 });
const pending = new Map();

// a demo stub: the code is printed and handed back to whoever asked, and kept nowhere to be checked later
app.post('/vendors/:id/verify-phone', (req, res) => {
  const verificationCode = Math.floor(100000 + Math.random() * 900000).toString();
  console.log(`SMS code (demo) for vendor ${req.params.id}: ${verificationCode}`);
  res.json({
    success: true,
    message: 'Verification code sent',
    verificationCode,
  });
});

// the real thing: the code is mailed to the owner and kept to be compared
app.post('/vendors/:id/verify-email', async (req, res) => {
  const emailCode = Math.floor(100000 + Math.random() * 900000).toString(); // expect: authn/insecure-random
  pending.set(req.params.id, emailCode);
  await mailer.sendMail({ to: req.body.email, subject: 'Your code', text: `Your code is ${emailCode}` });
  res.json({ success: true });
});

// given back to the caller, but also kept and compared later: a secret
app.post('/vendors/:id/pairing', (req, res) => {
  const pairingToken = Math.random().toString(36).slice(2); // expect: authn/insecure-random
  pending.set(`pair:${req.params.id}`, pairingToken);
  res.json({ pairingToken });
});

app.post('/vendors/:id/pair', (req, res) => {
  res.json({ paired: pending.get(`pair:${req.params.id}`) === req.body.token });
});

app.listen(3000);
