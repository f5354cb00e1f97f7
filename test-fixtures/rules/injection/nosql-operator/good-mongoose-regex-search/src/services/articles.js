import { Article } from '../models.js';

// The search text only ever fills `$regex` operands: MongoDB takes a string there and Mongoose casts
// it to one (an object is a CastError), so it cannot add an operator to the filter.
const buildFilter = (options) => {
  const { text } = options;
  const filter = { archived: false };
  if (text) {
    filter.$or = [
      { title: { $regex: text, $options: 'i' } },
      { summary: { $regex: text, $options: 'i' } },
    ];
  }
  return filter;
};

export const listArticles = async (options = {}) => {
  const { text, page = 1 } = options;
  const filter = buildFilter({ text });
  const skip = (parseInt(page) - 1) * 20;
  const [items, total] = await Promise.all([
    Article.find(filter).skip(skip).limit(20),
    Article.countDocuments(filter),
  ]);
  return { items, total };
};
