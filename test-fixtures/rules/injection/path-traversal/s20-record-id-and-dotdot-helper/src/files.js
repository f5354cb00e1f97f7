const path = require('path');

// refuses any '..' (after turning backslashes into slashes) and anything outside the media folder
function mediaPath(relative) {
  const clean = relative.replace(/\\/g, '/');
  if (clean.includes('..') || !clean.startsWith('media/')) {
    throw new Error('invalid path');
  }
  return path.join(process.cwd(), 'uploads', clean);
}

// the same join without the checks
function loosePath(relative) {
  return path.join(process.cwd(), 'uploads', relative);
}

module.exports = { mediaPath, loosePath };
