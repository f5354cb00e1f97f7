const { cleanEnv, str, port } = require('envalid');

module.exports = cleanEnv(process.env, {
  SMTP_HOST: str(),
  SMTP_PORT: port({ default: 587 }),
});
