const { Router } = require('express');
const { AnimalValidator } = require('../validators');
const c = require('../controllers');

const routes = Router();

routes.get('/animals', AnimalValidator.list(), c.animals.list);
routes.post('/animals', AnimalValidator.create(), c.animals.create);
routes.patch('/animals/:id', c.animals.rename);

module.exports = routes;
