import * as articles from '../services/articles.js';

export const list = async (req, res, next) => {
  try {
    const { text, category, page } = req.query;
    res.json(await articles.listArticles({ text, category, page }));
  } catch (err) {
    next(err);
  }
};
