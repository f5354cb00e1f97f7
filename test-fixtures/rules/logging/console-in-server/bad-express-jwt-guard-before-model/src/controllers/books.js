const shelf = [];

exports.list = (req, res) => res.json(shelf);

exports.create = (req, res) => {
  console.log('adding a book'); // expect: logging/console-in-server
  shelf.push({ title: String(req.body.title || '') });
  res.status(201).json(shelf[shelf.length - 1]);
};
