const express = require('express');
const Skills = require('./skills');

const app = express();
app.use(express.json());

// the id only reaches the disk as a path proven inside the skills folder
app.post('/skills/:skillId/toggle', (req, res) => {
  const { skillId } = req.params;
  const saved = Skills.configure(skillId, { enabled: req.body.enabled === true });
  if (!saved) return res.status(404).json({ error: 'no such skill' });
  res.json(saved);
});

app.get('/skills/:skillId', (req, res) => {
  const { skillId } = req.params; // expect: validation/unvalidated-input
  const skill = Skills.describe(skillId);
  if (!skill) return res.status(404).json({ error: 'no such skill' });
  res.json(skill);
});

app.listen(3000);
