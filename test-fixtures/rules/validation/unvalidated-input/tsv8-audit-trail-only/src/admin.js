const express = require('express');
const { PrismaClient } = require('@prisma/client');
const { run } = require('./db');

const prisma = new PrismaClient();
const admin = express.Router();

// preferences are only noted in the audit table and answered back: nothing is kept from them
admin.put('/preferences', async (req, res) => {
  const { palette, locale } = req.body;
  const prefs = { palette: palette || 'light', locale: locale || 'en', at: new Date().toISOString() };
  await run(`
    INSERT INTO admin_audit_log (actor, action, meta) VALUES (?, 'preferences', ?)
  `, [req.user.id, JSON.stringify(prefs)]);
  res.json({ saved: false, preferences: prefs });
});

// a note for the activity trail through the ORM
admin.post('/vendors/:vendorId/flag', async (req, res) => {
  const vendorId = Number(req.params.vendorId);
  const { note } = req.body;
  await prisma.vendor.update({ where: { id: vendorId }, data: { flagged: true } });
  await prisma.activityLog.create({ data: { actor: req.user.id, action: 'flag_vendor', detail: JSON.stringify({ note }) } });
  res.json({ ok: true });
});

// the same kind of note, but it is also stored on the vendor as it came
admin.post('/vendors/:vendorId/hold', async (req, res) => {
  const vendorId = Number(req.params.vendorId);
  const { note } = req.body; // expect: validation/unvalidated-input
  await run('UPDATE vendors SET on_hold = 1, hold_note = ? WHERE id = ?', [note, vendorId]);
  await run('INSERT INTO admin_audit_log (actor, action, meta) VALUES (?, ?, ?)', [req.user.id, 'hold', JSON.stringify({ note })]);
  res.json({ ok: true });
});

// a table of auditors is a business record, not an audit trail
admin.post('/auditors', async (req, res) => {
  const { fullName } = req.body; // expect: validation/unvalidated-input
  await run('INSERT INTO auditors (full_name) VALUES (?)', [fullName]);
  res.sendStatus(201);
});

module.exports = admin;
