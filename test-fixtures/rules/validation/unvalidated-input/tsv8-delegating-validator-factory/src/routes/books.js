const express = require('express');
const Joi = require('joi');
const mongoose = require('mongoose');
const { checkBody, checkQuery } = require('../middleware/check');

const Book = mongoose.model('Book', new mongoose.Schema({ title: String, shelf: String, pages: Number }));
const shelfQuery = Joi.object({
  shelf: Joi.string().max(40),
  take: Joi.number().integer().min(1).max(50).default(20),
  since: Joi.date().iso(),
});
const newBook = Joi.object({ title: Joi.string().min(1).max(200).required(), pages: Joi.number().integer().min(1) });

const router = express.Router();

router.get('/', checkQuery(shelfQuery), async (req, res) => {
  const { shelf, take, since } = req.query;
  const filter = { shelf };
  if (since) filter.createdAt = { $gte: new Date(since) };
  res.json(await Book.find(filter).limit(take));
});

router.post('/', checkBody(newBook), async (req, res) => {
  const { title, pages } = req.body;
  res.status(201).json(await Book.create({ title, pages }));
});

// the wrapper checks the query string, yet the handler stores the body
router.post('/import', checkQuery(shelfQuery), async (req, res) => {
  const { title, pages } = req.body; // expect: validation/unvalidated-input
  res.status(201).json(await Book.create({ title, pages, shelf: req.query.shelf }));
});

module.exports = router;
