const express = require('express');
const Member = require('./models/Member');

const app = express();
app.use(express.json());

/** Keeps the digits of a phone number only. */
function digitsOf(phone) {
  return (phone || '').replace(/\D/g, '');
}

/** Drops the spaces of a phone number; quotes and parentheses stay. */
function compact(phone) {
  return (phone || '').replace(/\s/g, '');
}

// only digits are left: no quote can close the string literal of the $where code
app.get('/members/by-phone', async (req, res) => {
  const phone = digitsOf(req.query.phone);
  if (!phone) return res.status(400).json({ error: 'phone required' });
  const member = await Member.findOne({
    $where: `this.phone && this.phone.endsWith("${phone}")`,
  });
  res.json({ member });
});

// spaces removed, but a quote sent in the number ends the literal and the rest runs as JavaScript
app.get('/members/by-compact-phone', async (req, res) => {
  const phone = compact(req.query.phone);
  const member = await Member.findOne({ // expect: injection/nosql-operator[error]
    $where: `this.phone === "${phone}"`,
  });
  res.json({ member });
});

app.listen(3000);
