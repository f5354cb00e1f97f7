const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();

// a name reaches the text only quoted, and only after the helper refused anything but a plain identifier
function quoteIdent(name) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new Error('invalid column name');
  }
  return `"${name}"`;
}

// quoting alone: a name holding a double quote closes the identifier
function quoteLoosely(name) {
  return `"${name}"`;
}


async function searchNotes(text, filters) {
  const values = [text];
  let sql = 'SELECT id, title FROM "Note" WHERE title ILIKE $1';
  const parts = [];
  for (const f of filters) {
    values.push(f.value);
    parts.push(`${quoteIdent(f.field)} = $${values.length}`);
  }
  if (parts.length > 0) sql += ` AND ${parts.join(' AND ')}`;
  sql += ` LIMIT $${values.length + 1}`;
  values.push(50);
  return prisma.$queryRawUnsafe(sql, ...values);
}

async function searchNotesLoosely(text, filters) {
  const values = [text];
  let sql = 'SELECT id, title FROM "Note" WHERE title ILIKE $1';
  const parts = [];
  for (const f of filters) {
    values.push(f.value);
    parts.push(`${quoteLoosely(f.field)} = $${values.length}`);
  }
  if (parts.length > 0) sql += ` AND ${parts.join(' AND ')}`;
  return prisma.$queryRawUnsafe(sql, ...values); // expect: injection/sql-raw-query
}

module.exports = { searchNotes, searchNotesLoosely };
