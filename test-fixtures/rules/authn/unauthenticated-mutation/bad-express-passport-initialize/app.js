const express = require('express');
const passport = require('passport');
const app = express();
app.use(passport.initialize()); // set-up only: it authenticates nothing by itself
const h = (req, res) => res.json({});
const removed = []; // kept in memory
app.get('/me', passport.authenticate('jwt', { session: false }), h);
app.post('/admin/users/:id/delete', (req, res) => { removed.push(Date.now()); res.status(204).end(); }); // expect: authn/unauthenticated-mutation
app.listen(3000);
