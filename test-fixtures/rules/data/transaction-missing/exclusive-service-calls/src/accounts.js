const pool = require('./db');

class Accounts {
  async viaPhone(phone) {
    const { rows } = await pool.query('UPDATE users SET last_sms_login = now() WHERE phone = $1 RETURNING id', [phone]);
    return rows[0];
  }

  async viaEmail(email) {
    const { rows } = await pool.query('UPDATE users SET last_login = now() WHERE email = $1 RETURNING id', [email]);
    return rows[0];
  }

  // one of two sign-in paths, picked by a condition the facts cannot negate (a conjunction): never both
  async signIn(input, smsEnabled) {
    if (smsEnabled && 'phone' in input) {
      return this.viaPhone(input.phone);
    } else {
      return this.viaEmail(input.email);
    }
  }

  // both run, one after the other: a half-done rename if the second fails
  async rename(id, name) {
    await pool.query('UPDATE users SET name = $1 WHERE id = $2', [name, id]); // expect: data/transaction-missing
    await this.profile(id, name);
  }

  async profile(id, name) {
    await pool.query('UPDATE profiles SET display_name = $1 WHERE user_id = $2', [name, id]);
  }
}

module.exports = new Accounts();
