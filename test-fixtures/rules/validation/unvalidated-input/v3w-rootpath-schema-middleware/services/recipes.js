const { Recipe } = require('models');

module.exports = {
  add: (fields) => Recipe.create(fields),
  rename: (id, fields) => Recipe.update(fields, { where: { id } }),
  annotate: (id, fields) => Recipe.update({ notes: fields.notes }, { where: { id } }),
};
