'use strict';

// keeps only the named keys of an object
function only(source, names) {
  return names.reduce((picked, name) => {
    if (source && Object.prototype.hasOwnProperty.call(source, name)) {
      picked[name] = source[name];
    }
    return picked;
  }, {});
}

// groups shift rows by worker, each with its list of hours
function byWorker(rows) {
  return rows.reduce((groups, row) => {
    if (!groups[row.worker]) groups[row.worker] = { worker: row.worker, hours: [] };
    groups[row.worker].hours.push(row.hours);
    return groups;
  }, {});
}

module.exports = { only, byWorker };
