const path = require('path');

function isWithin(outer, inner) {
  const rel = path.relative(path.resolve(outer), path.resolve(inner));
  if (rel === '') return false;
  return !rel.startsWith('..') && !path.isAbsolute(rel);
}

function cleanSegment(raw = '') {
  return path.normalize(raw.trim()).replace(/^(\.\.(\/|\\|$))+/, '');
}

module.exports = { isWithin, cleanSegment };
