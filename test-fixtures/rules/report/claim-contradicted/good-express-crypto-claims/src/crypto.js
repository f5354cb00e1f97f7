const crypto = require('crypto');

const key = Buffer.from(process.env.FIELD_KEY, 'hex');

function encryptField(value) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64')).join('.');
}

module.exports = { encryptField };
