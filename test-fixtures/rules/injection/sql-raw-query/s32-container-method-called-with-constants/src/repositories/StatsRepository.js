class StatsRepository {
  constructor(db) {
    this.db = db;
  }

  // the routes pass a fixed 7-day window
  async countSinceDays(days) {
    const result = await this.db.query(`SELECT COUNT(id) AS total FROM servers WHERE created_at > NOW() - INTERVAL '${days} days'`);
    return parseInt(result.rows[0].total, 10) || 0;
  }

  // the login service passes its configured window in minutes (a number it divides)
  async failedSince(email, windowMinutes) {
    const result = await this.db.query(
      `SELECT COUNT(*) AS count FROM login_logs WHERE email = $1 AND created_at > NOW() - INTERVAL '${windowMinutes} minutes'`,
      [email],
    );
    return parseInt(result.rows[0].count, 10);
  }

  // the sort column comes from the caller as it is
  async listSorted(column) {
    const result = await this.db.query(`SELECT id, name FROM servers ORDER BY ${column} LIMIT 50`); // expect: injection/sql-raw-query[warning]
    return result.rows;
  }
}

module.exports = { StatsRepository };
