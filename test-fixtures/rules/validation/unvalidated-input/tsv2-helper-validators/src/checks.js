// hand-written validators: each inspects its argument and reports what is wrong, none stores it
export function validatePlot(plot) {
  const problems = [];
  if (typeof plot !== 'object' || plot === null) return ['plot must be an object'];
  if (typeof plot.label !== 'string' || plot.label.length > 60) problems.push('label must be a short string');
  if (!/^[A-H][1-9]$/.test(plot.cell)) problems.push('cell must look like C4');
  return problems;
}

export function checkSeedCode(code) {
  if (typeof code !== 'string' || !/^[a-z]{3}-\d{4}$/.test(code)) return { ok: false, reason: 'bad seed code' };
  return { ok: true };
}

export const nicknameValidator = (nick) => /^[\w.-]{3,20}$/.test(nick);

export function pageWindow(query) {
  const page = Math.max(1, parseInt(query.page) || 1);
  const size = Math.min(50, Math.max(1, parseInt(query.size) || 10));
  return { page, size, offset: (page - 1) * size };
}

export function requireFields(body, names) {
  const missing = names.filter((n) => !body[n]);
  if (missing.length > 0) throw new Error('missing: ' + missing.join(', '));
}

// looks like a validator by name, but it stores what it is given: no check at all
export async function checkAndSaveNote(db, note) {
  await db.query('INSERT INTO notes(body) VALUES ($1)', [note]);
  return true;
}
