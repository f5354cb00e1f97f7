const express = require('express');
const md5 = require('md5');
const { Member } = require('./models');

const app = express();
app.use(express.urlencoded({ extended: false }));

// the stored value is compared as typed, or its md5 is accepted: nothing is hashed for storage
app.post('/signin', (req, res) => {
  const given = req.body.password;
  Member.findAll({ where: { email: req.body.email } }).then((rows) => {
    if (rows.length && (rows[0].password == given || md5(rows[0].password) == given)) { // expect: authn/weak-password-hash
      return res.redirect('/home');
    }
    res.redirect('/signin?failed=1');
  });
});

// only the digest of the stored value is compared: the md5 works in place of the password
app.post('/kiosk/unlock', (req, res) => {
  Member.findOne({ where: { id: req.body.id } }).then((m) => {
    if (m && md5(m.pin_password) === req.body.password) return res.sendStatus(204); // expect: authn/weak-password-hash
    res.sendStatus(401);
  });
});

app.listen(3000);
