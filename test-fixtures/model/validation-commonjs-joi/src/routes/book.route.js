const express = require('express');
const { validate } = require('../middlewares');
const bookValidation = require('../validations/book.validation');
const bookController = require('../controllers/book.controller');

const router = express.Router();

router
  .route('/')
  .post(validate(bookValidation.createBook), bookController.createBook)
  .get(validate(bookValidation.listBooks), bookController.listBooks);

router
  .route('/:bookId')
  .get(bookController.getBook)
  .patch(validate(bookValidation.updateBook), bookController.updateBook);

router.post('/:bookId/borrow', bookController.borrowBook);

module.exports = router;
