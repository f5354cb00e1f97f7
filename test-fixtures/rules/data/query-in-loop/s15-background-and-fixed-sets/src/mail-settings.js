const { pool } = require('./db');

async function saveMailSettings(updates) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const rows = [];
    if (updates.host !== undefined) rows.push({ key: 'mail.host', value: String(updates.host) });
    if (updates.port !== undefined) rows.push({ key: 'mail.port', value: String(updates.port) });
    if (updates.sender !== undefined) rows.push({ key: 'mail.sender', value: updates.sender });
    if (updates.replyTo !== undefined) rows.push({ key: 'mail.reply_to', value: updates.replyTo });
    if (updates.secure !== undefined) rows.push({ key: 'mail.secure', value: JSON.stringify(Boolean(updates.secure)) });
    if (updates.footer !== undefined) rows.push({ key: 'mail.footer', value: String(updates.footer).slice(0, 500) });
    if (updates.bcc !== undefined) rows.push({ key: 'mail.bcc', value: JSON.stringify(updates.bcc) });
    for (const row of rows) {
      await client.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2', [row.key, row.value]);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}

module.exports = { saveMailSettings };
