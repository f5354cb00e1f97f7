export class FileStore {
  constructor(db) {
    this.db = db;
  }

  get(id) {
    const row = this.db.prepare('SELECT * FROM files WHERE id = ?').get(id);
    if (!row) throw new Error('file not found');
    return row;
  }

  find(name) {
    return this.db.prepare(`SELECT * FROM files WHERE name = '${name}'`).get();
  }
}
