export class Store {
  constructor(d1) {
    this.d1 = d1;
  }

  exec(sql, params) {
    const stmt = this.d1.prepare(sql);
    return params.length ? stmt.bind(...params) : stmt;
  }

  async write(sql, ...params) {
    return this.exec(sql, params).run();
  }

  async createUser(email, secretHash, plan = 'free') {
    const out = await this.write('INSERT INTO users (email, secret_hash, plan) VALUES (?, ?, ?)', email, secretHash, plan);
    return Number(out.meta.last_row_id);
  }

  async findUserByEmail(email) {
    return this.exec('SELECT * FROM users WHERE email = ?', [email]).first();
  }

  async deleteCaption(id) {
    return this.write('DELETE FROM captions WHERE id = ?', id);
  }
}
