const path = require('path');
const { readFile } = require('fs/promises');
const { db } = require('./db');

async function renderBadge(input) {
  let stamp = null;
  let ribbon;
  try {
    stamp = await readFile(path.join(__dirname, 'assets', 'stamp.svg'), 'utf8');
  } catch {}
  try {
    ribbon = await readFile(
      path.join(__dirname, 'assets', 'ribbon.svg'),
      'utf8',
    );
  } catch {}

  const parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="320" height="120">'];
  if (stamp) parts.push(stamp);
  parts.push(`<text x="16" y="64">${escapeXml(input.title)}</text>`);
  parts.push(ribbon ? ribbon : '<rect width="320" height="8" />');
  parts.push('</svg>');
  return parts.join('');
}

async function recordBadge(title) {
  let saved = null;
  try {
    saved = await db.badges.insert({ title, at: new Date() });
  } catch {} // expect: errors/swallowed
  return { title, id: saved.id };
}

function escapeXml(s) {
  return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]);
}

module.exports = { renderBadge, recordBadge };
