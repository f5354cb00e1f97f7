class BookMissingError extends Error {
  constructor(message) {
    super(message);
    this.status = 404;
  }
}

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
    // the isbn is also the text of the error answered when no book has it
    mustFind: async function (isbn) {
      const book = await db('books').where({ isbn }).first();
      if (!book) throw new BookMissingError(`No book with ISBN ${isbn}`);
      return book;
    },
    // the shelf name is spliced into the statement's text
    shelf: async function (name) {
      return db.raw(`SELECT * FROM books WHERE shelf = '${name}'`);
    }
  };
};
