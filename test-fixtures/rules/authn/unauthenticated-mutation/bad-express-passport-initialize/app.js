const express = require('express');
const passport = require('passport');
const app = express();
app.use(passport.initialize()); // set-up only: it authenticates nothing by itself
const h = (req, res) => res.json({});
app.get('/me', passport.authenticate('jwt', { session: false }), h);
app.post('/admin/users/:id/delete', (req, res) => res.status(204).end()); // expect: authn/unauthenticated-mutation
app.listen(3000);
