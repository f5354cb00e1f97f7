const { run } = require('./db');

// no caller is known, but only "?" marks made from the list's length reach the text
async function leadsWithTags(tags) {
  const marks = tags.map(() => '?').join(', ');
  return run(`SELECT lead_id FROM lead_tags WHERE tag IN (${marks})`, tags);
}

module.exports = { leadsWithTags };
