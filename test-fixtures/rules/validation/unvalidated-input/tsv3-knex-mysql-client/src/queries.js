const db = require('./db');

async function findDomain(match) {
  return db('domains').where(match).first();
}

async function searchDomains(term) {
  return db('domains').whereRaw(`address LIKE '%${term}%'`);
}

module.exports = { findDomain, searchDomains };
