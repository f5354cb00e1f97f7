const crypto = require('crypto');

const KEY = Buffer.from(process.env.NOTES_KEY, 'hex');
const SHARED_IV = crypto.randomBytes(16);

function sealLegacy(text) {
  const c = crypto.createCipher('aes-256-cbc', process.env.NOTES_PASSPHRASE); // expect: crypto/weak-cipher
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function sealZero(text) {
  const c = crypto.createCipheriv('aes-256-cbc', KEY, Buffer.alloc(16)); // expect: crypto/weak-cipher
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function sealFixed(text) {
  const iv = Buffer.from('0123456789abcdef');
  const c = crypto.createCipheriv('aes-256-cbc', KEY, iv); // expect: crypto/weak-cipher
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function sealShared(text) {
  const c = crypto.createCipheriv('aes-256-gcm', KEY, SHARED_IV); // expect: crypto/weak-cipher
  return Buffer.concat([c.update(text, 'utf8'), c.final(), c.getAuthTag()]).toString('base64');
}

function sealEcb(text) {
  const c = crypto.createCipheriv('aes-128-ecb', KEY.subarray(0, 16), null); // expect: crypto/weak-cipher
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

const LEGACY_ALGORITHM = 'des-ede3-cbc';
function sealLegacyPartner(text, iv) {
  const c = crypto.createCipheriv(LEGACY_ALGORITHM, KEY.subarray(0, 24), iv); // expect: crypto/weak-cipher
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function sealDerived(text) {
  const iv = crypto.createHash('md5').update(process.env.NOTES_KEY).digest();
  const c = crypto.createCipheriv('aes-256-cbc', KEY, iv); // expect: crypto/weak-cipher
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

module.exports = { sealLegacy, sealZero, sealFixed, sealShared, sealEcb, sealLegacyPartner, sealDerived };
