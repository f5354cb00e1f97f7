const express = require('express');
const Note = require('./models/Note');
const User = require('./models/User');
const { auth, requireRole } = require('./middleware/auth');

const app = express();
app.use(express.json());

// the owner is compared with the caller before the delete
app.delete('/api/notes/:id', auth, async (req, res) => {
  const note = await Note.findById(req.params.id);
  if (!note) return res.status(404).json({ msg: 'Note not found' });
  if (note.user.toString() !== req.user.id) return res.status(401).json({ msg: 'User not authorized' });
  await note.deleteOne();
  res.json({ msg: 'Note removed' });
});

// scoped by the caller's workspace (a tenant)
app.put('/api/notes/:id', auth, async (req, res) => {
  const note = await Note.findOneAndUpdate({ _id: req.params.id, workspaceId: req.user.workspaceId }, { text: req.body.text }, { new: true });
  res.json(note);
});

// liking someone else's note adds the caller to a list
app.put('/api/notes/:id/like', auth, async (req, res) => {
  await Note.updateOne({ _id: req.params.id }, { $addToSet: { likes: req.user.id } });
  res.json({ ok: true });
});

// administrators manage accounts
app.delete('/api/users/:id', auth, requireRole('admin'), async (req, res) => {
  await User.findByIdAndDelete(req.params.id);
  res.json({ msg: 'User removed' });
});

// users change only their own account
app.patch('/api/users/:id', auth, async (req, res) => {
  if (req.params.id !== req.user.id) return res.status(403).json({ msg: 'Forbidden' });
  const user = await User.findByIdAndUpdate(req.params.id, { name: req.body.name }, { new: true });
  res.json(user);
});

// public profiles: reading another member is the point
app.get('/api/users/:id', auth, async (req, res) => {
  const user = await User.findById(req.params.id).select('name');
  res.json(user);
});

app.listen(5000);
