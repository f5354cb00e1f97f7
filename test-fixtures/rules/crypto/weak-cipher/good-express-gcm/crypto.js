const crypto = require('crypto');

const KEY = Buffer.from(process.env.DOCS_KEY, 'base64');

function seal(text) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64')).join('.');
}

function open(sealed) {
  const [iv, tag, data] = sealed.split('.').map((p) => Buffer.from(p, 'base64'));
  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}

function etagOf(body) {
  return '"' + crypto.createHash('md5').update(body).digest('hex') + '"';
}

function gravatarUrl(email) {
  const hash = crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex');
  return `https://www.gravatar.com/avatar/${hash}`;
}

function cacheKey(query) {
  return 'docs:' + crypto.createHash('sha1').update(JSON.stringify(query)).digest('hex');
}

function githubSignature(secret, body) {
  return 'sha1=' + crypto.createHmac('sha1', secret).update(body).digest('hex');
}

module.exports = { seal, open, etagOf, gravatarUrl, cacheKey, githubSignature };
