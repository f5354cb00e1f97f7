const crypto = require('crypto');

const ALLOWED = ['png', 'jpg', 'jpeg', 'webp'];

function isValidImageType(type) {
  return typeof type === 'string' && ALLOWED.includes(type.toLowerCase());
}

function fileNameFor(type) {
  return `${crypto.randomUUID()}.${type.toLowerCase()}`;
}

module.exports = { isValidImageType, fileNameFor };
