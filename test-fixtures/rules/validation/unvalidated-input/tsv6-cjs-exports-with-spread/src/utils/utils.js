// "true" / "false" from a query string, anything else is no filter
function flag(value) {
  if (value === 'true' || value === true) return true;
  if (value === 'false' || value === false) return false;
  return undefined;
}

function sortOrder(value) {
  switch (value) {
    case 'asc':
      return 'asc';
    case 'desc':
      return 'desc';
    default:
      return 'desc';
  }
}

// not a mapper: hands the value back when it is not one of the two words
function label(value) {
  if (value === 'none') return '';
  return value;
}

const db = require('./db');

module.exports = {
  flag,
  sortOrder,
  label,
  ...db,
};
