const url = process.env.STORE_URL;
const makers = new Map();

async function findMaker(email) {
  return makers.get(email) || null;
}

module.exports = { findMaker, url };
