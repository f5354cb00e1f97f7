const fs = require('fs/promises');
const path = require('path');

const ATTACHMENTS = '/srv/attachments';

async function removeAttachment(name) {
  await fs.unlink(path.join(ATTACHMENTS, name)); // expect: injection/path-traversal
}

module.exports = { removeAttachment };
