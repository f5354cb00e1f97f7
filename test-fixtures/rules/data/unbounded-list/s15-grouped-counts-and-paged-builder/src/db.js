const { Pool } = require('pg');
const { DataSource, EntitySchema } = require('typeorm');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const Sample = new EntitySchema({
  name: 'Sample',
  tableName: 'samples',
  columns: {
    id: { type: 'int', primary: true, generated: true },
    code: { type: 'varchar' },
    status: { type: 'varchar' },
  },
});

const dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, entities: [Sample], migrations: ['migrations/*.js'] });

module.exports = { pool, dataSource, Sample };
