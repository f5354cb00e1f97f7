const crypto = require('crypto');

const key = Buffer.from(process.env.FIELD_KEY, 'hex');

function encryptField(value) {
  const iv = crypto.randomBytes(16);
  const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
  return iv.toString('hex') + ':' + cipher.update(value, 'utf8', 'hex') + cipher.final('hex');
}

module.exports = { encryptField };
