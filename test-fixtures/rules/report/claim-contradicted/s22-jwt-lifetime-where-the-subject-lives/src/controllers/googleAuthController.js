const jwt = require('jsonwebtoken');

// sign-in with Google: a month
async function googleCallback(req, res) {
  const profile = req.user;
  const token = jwt.sign({ sub: profile.id, provider: 'google' }, process.env.JWT_SECRET, { expiresIn: '30d' });
  res.json({ token });
}

module.exports = { googleCallback };
