const express = require('express');
const mongoose = require('mongoose');
const mongoSanitize = require('express-mongo-sanitize');

const Login = mongoose.model('Login', new mongoose.Schema({ handle: String, device: String, revoked: Boolean }));
const app = express();
// mounted before the body parser: it cleans the query, but req.body does not exist yet when it runs
app.use(mongoSanitize());
app.use(express.json());

app.post('/logins/revoke', async (req, res) => {
  await Login.updateMany({ handle: req.body.handle }, { revoked: true }); // expect: injection/nosql-operator
  res.sendStatus(204);
});

// the query was cleaned: no operator can reach this filter
app.get('/logins', async (req, res) => {
  res.json(await Login.find({ device: req.query.device }));
});

app.listen(3000);
