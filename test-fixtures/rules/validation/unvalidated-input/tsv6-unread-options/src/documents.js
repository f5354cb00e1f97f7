const fs = require('fs/promises');
const path = require('path');
const { Pool } = require('pg');

const pool = new Pool();

async function loadInvoice(id) {
  const { rows } = await pool.query('SELECT * FROM invoices WHERE id = $1', [id]);
  return rows[0];
}

// the options object is read for its margins only; it is handed on whole to the renderer, which reads the same
async function invoicePdf(id, options = {}) {
  const invoice = await loadInvoice(id);
  const margin = options.margin || 40;
  return render(invoice, margin, options);
}

function render(invoice, margin, options) {
  const title = options.title || `Invoice ${invoice.number}`;
  return Buffer.from(`${title}\n${margin}\n${invoice.total}`);
}

// here the option names the file written
async function exportInvoice(id, options) {
  const invoice = await loadInvoice(id);
  const file = path.join('/var/exports', `${id}.${options.format}`);
  await fs.writeFile(file, JSON.stringify(invoice));
  return file;
}

module.exports = { invoicePdf, exportInvoice };
