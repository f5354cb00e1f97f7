const express = require('express');
const mongoose = require('mongoose');

const Post = mongoose.model('Post', new mongoose.Schema({ body: String, commentCount: Number, likeCount: Number }));
const Comment = mongoose.model('Comment', new mongoose.Schema({ postId: String, body: String }));
const app = express();
app.use(express.json());

// one post's counter taken down, then clamped at zero: both writes name the same document by its _id
app.post('/posts/:postId/uncount', async (req, res) => {
  const { postId } = req.params;
  await Post.findByIdAndUpdate(postId, { $inc: { commentCount: -1 } });
  await Post.updateOne({ _id: postId, commentCount: { $lt: 0 } }, { $set: { commentCount: 0 } });
  res.sendStatus(204);
});

// the comment goes and the post's counter follows: two documents of two collections
app.delete('/posts/:postId/comments/:commentId', async (req, res) => {
  const { postId, commentId } = req.params;
  await Comment.deleteOne({ _id: commentId, postId }); // expect: data/transaction-missing
  await Post.updateOne({ _id: postId }, { $inc: { commentCount: -1 } });
  res.sendStatus(204);
});

app.listen(3000);
