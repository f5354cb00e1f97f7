const httpStatus = require('http-status');
const wrap = require('../utils/wrap');
const bookService = require('../services/book.service');

const createBook = wrap(async (req, res) => {
  res.status(httpStatus.CREATED).send(await bookService.createBook(req.body));
});

const listBooks = wrap(async (req, res) => {
  const { title, limit } = req.query;
  res.send(await bookService.listBooks(title ? { title } : {}, limit));
});

const getBook = wrap(async (req, res) => {
  res.send(await bookService.getBookById(req.params.bookId));
});

const updateBook = wrap(async (req, res) => {
  res.send(await bookService.updateBookById(req.params.bookId, req.body));
});

const borrowBook = wrap(async (req, res) => {
  const book = await bookService.getBookById(req.params.bookId);
  book.borrowedBy = req.body.member; // expect: validation/unvalidated-input
  res.send(await book.save());
});

module.exports = { createBook, listBooks, getBook, updateBook, borrowBook };
