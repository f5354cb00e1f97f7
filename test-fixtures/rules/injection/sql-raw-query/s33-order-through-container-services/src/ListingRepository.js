class ListingRepository {
  constructor(db) {
    this.db = db;
  }

  async findAll(options = {}) {
    const { limit = 20, direction = 'DESC' } = options;
    const sql = `SELECT id, title FROM listings ORDER BY created_at ${direction} LIMIT $1`;
    const result = await this.db.query(sql, [limit]); // expect: injection/sql-raw-query
    return result.rows;
  }

  async recent(days) {
    const result = await this.db.query(`SELECT id FROM listings WHERE created_at > NOW() - INTERVAL '${days} days'`);
    return result.rows;
  }

  async page(options = {}) {
    return { items: await this.findAll(options) };
  }
}

module.exports = ListingRepository;
