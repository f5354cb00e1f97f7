const { pool } = require("./db");

const writers = {
  csv: { mime: "text/csv", write: (rows) => rows.map((r) => `${r.id},${r.title}`).join("\n") },
  json: { mime: "application/json", write: (rows) => JSON.stringify(rows) },
};

const SHELVES = { archive: "archived_notes", live: "notes" };

async function loadRows(format, shelf) {
  if (!writers.hasOwnProperty(format)) throw new Error("unknown format");
  if (!(shelf in SHELVES)) throw new Error("unknown shelf");
  const { rows } = await pool.query(`SELECT id, title, '${format}' AS kind FROM ${shelf}`);
  return rows;
}

async function exportAs(format = "json", shelf = "live") {
  const { mime, write } = writers.hasOwnProperty(format) ? writers[format] : writers.json;
  const rows = await loadRows(format, shelf);
  return { mime, body: write(rows) };
}

// the label is checked only after it was written into the query
async function tagRows(label) {
  const { rows } = await pool.query(`SELECT id FROM notes WHERE kind = '${label}'`);
  if (!Object.hasOwn(writers, label)) throw new Error("unknown label");
  return rows;
}

module.exports = { exportAs, tagRows };
