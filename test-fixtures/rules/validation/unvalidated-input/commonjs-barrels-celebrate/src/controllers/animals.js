const db = require('../db');

module.exports.list = async (req, res) => {
  const { page = 1 } = req.query;
  res.json(await db('animals').limit(20).offset((page - 1) * 20));
};

module.exports.create = async (req, res) => {
  const { name, species } = req.body;
  const [id] = await db('animals').insert({ name, species });
  res.status(201).json({ id });
};

module.exports.rename = async (req, res) => {
  await db('animals').where({ id: req.params.id }).update({ name: req.body.name }); // expect: validation/unvalidated-input[warning]
  res.status(204).end();
};
