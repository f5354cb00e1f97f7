const express = require('express');
const Joi = require('joi');
const recipes = require('services/recipes');
const checkBody = require('middleware/check-body');

const router = express.Router();

// the rule functions are declared further down; `require('rootpath')()` makes `middleware/...` resolve from the app root
router.post('/', addRules, add);
router.put('/:id', renameRules, rename);
router.post('/:id/notes', annotate);

module.exports = router;

function add(req, res, next) {
  recipes.add(req.body).then((r) => res.status(201).json(r)).catch(next);
}

function rename(req, res, next) {
  recipes.rename(req.params.id, req.body).then(() => res.status(204).end()).catch(next);
}

// no rules on this one: the notes go to the database as sent
function annotate(req, res, next) {
  recipes.annotate(req.params.id, req.body).then(() => res.status(204).end()).catch(next); // expect: validation/unvalidated-input
}

function addRules(req, res, next) {
  const schema = Joi.object({ title: Joi.string().max(120).required(), steps: Joi.string().max(5000).required() });
  checkBody(req, next, schema);
}

function renameRules(req, res, next) {
  checkBody(req, next, Joi.object({ title: Joi.string().max(120) }));
}
