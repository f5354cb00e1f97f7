const db = require('./db');

// a model object: its methods call each other through `this`
const Board = {
  load: async function (clause = {}) {
    try {
      const board = await db.boards.findFirst({ where: clause, include: { cards: true } });
      return board ? { ...board, cardCount: board.cards.length } : null;
    } catch (err) {
      console.error(err.message);
      return null;
    }
  },
  findForMember: async function (member = null, clause = {}) {
    if (member?.role === 'owner') return this.load(clause);
    return db.boards.findFirst({ where: { ...clause, members: { some: { memberId: member?.id } } } });
  },
  rename: async function (clause = {}, title) {
    const board = await db.boards.findFirst({ where: clause });
    if (!board) return null;
    return db.boards.update({ where: { id: board.id }, data: { title } });
  },
};

module.exports = { Board };
