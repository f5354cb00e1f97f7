const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

function bump(sku, amount) {
  return knex('stock').where({ sku }).increment('quantity', amount);
}

function apply(sku, amount) {
  return bump(sku, amount);
}

function plan(sku, amount) {
  return apply(sku, amount);
}

async function restock(sku, amount) {
  return plan(sku, amount);
}

module.exports = { restock };
