const { Pool } = require('pg');
const pool = new Pool();

class NoteService {
  constructor() {
    this.maxLength = 2000;
  }

  checkText(text) {
    if (typeof text !== 'string') return { valid: false, error: 'text must be a string' };
    if (text.trim().length > this.maxLength) return { valid: false, error: 'text too long' };
    return { valid: true };
  }

  checkKind(kind) {
    const kinds = ['plain', 'markdown'];
    if (!kinds.includes(kind)) return { valid: false, error: 'unknown kind' };
    return { valid: true };
  }

  async addNote(boardId, text, kind) {
    const textCheck = this.checkText(text);
    if (!textCheck.valid) return { success: false, error: textCheck.error };
    const kindCheck = this.checkKind(kind);
    if (!kindCheck.valid) return { success: false, error: kindCheck.error };
    await pool.query('INSERT INTO notes (board_id, text, kind) VALUES ($1, $2, $3)', [boardId, text, kind]);
    return { success: true };
  }

  // only asks whether there is a title (and that it is not the text 'undefined'): anything else is stored
  async rename(boardId, title) {
    if (!title || title == 'undefined') return { success: false, error: 'title required' };
    await pool.query('UPDATE boards SET title = $1 WHERE id = $2', [title, boardId]);
    return { success: true };
  }

  // refuses what a deny-list has: every other value is stored
  async tag(boardId, label) {
    const BLOCKED = ['spam', 'ads'];
    if (BLOCKED.includes(label)) return { success: false, error: 'blocked label' };
    await pool.query('INSERT INTO tags (board_id, label) VALUES ($1, $2)', [boardId, label]);
    return { success: true };
  }
}

module.exports = new NoteService();
