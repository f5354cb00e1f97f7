const { Router } = require('express');

const dishes = Router();
dishes.get('/', (req, res) => res.json([]));

// mounted by the server module with the app it is given
module.exports = function mountRoutes(app) {
  // a probe answered in place: use() on a path with a function that answers and never calls next()
  app.use('/ping', (req, res, next) => {
    try {
      res.status(200).json('pong');
    } catch (err) {
      next(err);
    }
  });
  app.use('/dishes', dishes);
};
