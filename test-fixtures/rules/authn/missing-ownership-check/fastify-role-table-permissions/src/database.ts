import { knex as setupKnex } from 'knex';

export const db = setupKnex({ client: 'sqlite3', connection: { filename: './db/app.db' }, useNullAsDefault: true });
