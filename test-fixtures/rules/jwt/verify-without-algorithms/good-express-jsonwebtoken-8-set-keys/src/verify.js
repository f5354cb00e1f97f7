const fs = require('fs');
const jwt = require('jsonwebtoken');
const env = require('./env');

const publicPem = fs.readFileSync(`${__dirname}/../keys/public.pem`);

// jsonwebtoken 8 without an allow-list: a secret that is always set admits only HS256/384/512 with it,
// and a PEM public key only the public-key algorithms (the PEM header picks them).
exports.session = (token) => jwt.verify(token, env.SESSION_KEY);
exports.partner = (token) => jwt.verify(token, publicPem);
exports.fixed = (token) => jwt.verify(token, 'a-literal-secret-that-another-rule-reports-anyway');
