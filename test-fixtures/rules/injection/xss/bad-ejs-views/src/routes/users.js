const express = require('express');
const router = express.Router();

function profileLocals(body) {
  return { user: { name: body.name, bio: body.bio } };
}

router.post('/preview', (req, res) => {
  res.render('profile', profileLocals(req.body)); // expect: injection/xss
});

router.get('/greet', (req, res) => {
  res.render('greet', { title: 'Hi', who: req.query.who }); // expect: injection/xss
});

module.exports = router;
