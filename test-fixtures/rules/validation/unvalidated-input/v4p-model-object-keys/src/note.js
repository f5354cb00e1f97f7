const prisma = require('./prisma');

function wholeNumber(value) {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`not a whole number: ${JSON.stringify(value)}`);
  return n;
}

// a model object whose methods check ids through a helper object of their own
const Note = {
  checks: {
    id: (value) => wholeNumber(value),
  },

  rename: async function (id, title) {
    return prisma.note.update({ where: { id: this.checks.id(id) }, data: { title: String(title).slice(0, 80) } });
  },

  remove: async function (id) {
    await prisma.note.delete({ where: { id: this.checks.id(id) } });
    return true;
  },
};

module.exports = { Note };
