const { celebrate, Segments, Joi } = require('celebrate');

// factories: each call builds the celebrate middleware for one route
module.exports = {
  list: () => celebrate({ [Segments.QUERY]: Joi.object({ page: Joi.number().integer().min(1) }) }),
  create: () => celebrate({
    [Segments.BODY]: Joi.object({ name: Joi.string().max(60).required(), species: Joi.string().valid('cat', 'dog') }),
  }),
};
