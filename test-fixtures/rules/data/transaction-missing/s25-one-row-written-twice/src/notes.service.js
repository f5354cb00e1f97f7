const { prisma } = require('./db');

async function saveNote(authorId, text) {
  return await prisma.note.create({ data: { authorId, text, state: 'SENT' } });
}

async function markNote(noteId, state) {
  return prisma.note.update({ where: { id: noteId }, data: { state } });
}

function score(text) {
  return Math.min(100, text.length);
}

module.exports = { saveNote, markNote, score };
