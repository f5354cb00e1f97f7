const { Router } = require('express');
const router = Router();
const tasks = [];
router.get('/', (req, res) => res.json(tasks.filter((t) => t.owner === req.user.sub)));
router.post('/', (req, res) => {
  const task = { id: tasks.length + 1, owner: req.user.sub, title: String(req.body.title || '') }; // expect: validation/unvalidated-input
  tasks.push(task);
  res.status(201).json(task);
});
module.exports = router;
