const Joi = require('joi');
const { objectId } = require('./custom');

const createBook = {
  body: Joi.object().keys({
    title: Joi.string().max(200).required(),
    isbn: Joi.string().pattern(/^[0-9-]{10,17}$/),
  }),
};

const listBooks = {
  query: Joi.object().keys({
    title: Joi.string(),
    limit: Joi.number().integer().min(1).max(100),
  }),
};

const updateBook = {
  params: Joi.object().keys({ bookId: Joi.string().custom(objectId) }),
  body: Joi.object().keys({ title: Joi.string().max(200) }).min(1),
};

module.exports = { createBook, listBooks, updateBook };
