import { Article } from '../models.js';

// The search text is a `$regex` operand, but the category is written into the filter as the query
// string made it: ?category[$ne]=x is an operator.
const buildFilter = (options) => {
  const { text, category } = options;
  const filter = { archived: false };
  if (text) {
    filter.$or = [{ title: { $regex: text, $options: 'i' } }];
  }
  if (category) {
    filter.category = category;
  }
  return filter;
};

export const listArticles = async (options = {}) => {
  const { text, category } = options;
  const filter = buildFilter({ text, category });
  return Article.find(filter).limit(20); // expect: injection/nosql-operator
};
