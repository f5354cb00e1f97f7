// a model made by a factory: the routes get it from require('./books')(db)
module.exports = function (db) {
  return {
    byIsbn: async function (isbn) {
      return db('books').where('isbn', isbn).first();
    },
    retire: async function (isbn) {
      await db('books').update({ retired: true }).where({ isbn });
      return this.byIsbn(isbn);
    },
    // the shelf name is spliced into the statement's text
    shelf: async function (name) {
      return db.raw(`SELECT * FROM books WHERE shelf = '${name}'`);
    }
  };
};
