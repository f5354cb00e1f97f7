const fs = require('fs/promises');
const path = require('path');

const EXPORT_DIR = path.resolve(process.env.EXPORT_DIR || './exports');

class ExportStore {
  // kind-uuid.ext, or null when the name has any other shape
  splitName(name) {
    const m = name.match(/^([a-z]+)-([0-9a-f-]{36})\.([a-z0-9]+)$/i);
    if (!m) return null;
    return { kind: m[1], id: m[2], ext: m[3] };
  }

  // unanchored: a name that merely contains the shape passes
  looseName(name) {
    const m = name.match(/([a-z]+)-([0-9a-f-]{36})/i);
    if (!m) return null;
    return { kind: m[1], id: m[2] };
  }

  async read(name) {
    return fs.readFile(path.join(EXPORT_DIR, name));
  }
}

module.exports = new ExportStore();
