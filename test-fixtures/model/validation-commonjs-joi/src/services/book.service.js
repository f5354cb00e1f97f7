const Book = require('../models/Book');

const createBook = (data) => Book.create(data);
const listBooks = (filter, limit) => Book.find(filter).limit(limit);
const getBookById = (id) => Book.findById(id);
const updateBookById = async (id, changes) => {
  const book = await Book.findById(id);
  Object.assign(book, changes);
  return book.save();
};

module.exports = { createBook, listBooks, getBookById, updateBookById };
