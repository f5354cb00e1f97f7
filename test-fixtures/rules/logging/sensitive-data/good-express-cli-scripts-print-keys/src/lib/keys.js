const crypto = require('crypto');

function newApiKey() {
  return 'lk_' + crypto.randomBytes(24).toString('hex');
}

function hashKey(key) {
  return crypto.createHash('sha256').update(key).digest('hex');
}

module.exports = { newApiKey, hashKey };

// node src/lib/keys.js: prints a fresh key for the developer to paste into .env
if (require.main === module) {
  const apiKey = newApiKey();
  console.log('new key:', apiKey);
}
