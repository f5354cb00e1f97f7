const jwt = require('jsonwebtoken');
const notify = require('./notify');

// One-time link tokens are judged against max-one-time-ttl (7 days), not the access-token limit.
exports.passwordResetLink = async (user) => {
  const t = jwt.sign({ sub: user.id }, process.env.MAIL_TOKEN_SECRET, { expiresIn: '30d' }); // expect: jwt/long-expiry
  await notify.email(user.email, `${process.env.APP_URL}/account/reset-password/${t}`);
};

exports.confirmEmailLink = (user) => jwt.sign({ sub: user.id }, process.env.MAIL_TOKEN_SECRET, { expiresIn: '12h' });
