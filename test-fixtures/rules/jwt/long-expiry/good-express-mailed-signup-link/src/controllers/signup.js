const { TokenService } = require('../services/tokens');
const { deliver } = require('../mailer');

// The day-long token is the sign-up confirmation the user gets by mail, not a session token.
async function startSignup(req, res) {
  const { email, name } = req.body;
  const pending = TokenService.issue({ email, name }, '1d');
  await deliver.sendMail({ to: email, subject: 'Welcome', html: `<a href="${process.env.APP_URL}/welcome?t=${pending}">Open</a>` });
  res.status(202).json({ sent: true });
}

async function signIn(req, res) {
  const session = TokenService.issue({ sub: req.body.email });
  res.json({ session });
}

module.exports = { startSignup, signIn };
