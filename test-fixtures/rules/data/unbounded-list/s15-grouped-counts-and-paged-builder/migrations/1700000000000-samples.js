module.exports = class Samples1700000000000 {
  async up(q) {
    await q.query('CREATE TABLE samples (id serial PRIMARY KEY, code varchar NOT NULL, status varchar NOT NULL, owner_id int)');
  }

  async down(q) {
    await q.query('DROP TABLE samples');
  }
};
