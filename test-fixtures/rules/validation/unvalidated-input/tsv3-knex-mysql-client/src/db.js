const knex = require('knex');

// mysql2 is only the client knex talks to: knex 2.4+ refuses an object or array where value
module.exports = knex({ client: 'mysql2', connection: process.env.DATABASE_URL });
