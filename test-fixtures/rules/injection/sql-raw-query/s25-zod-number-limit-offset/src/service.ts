import { searchArticles, orderedArticles } from './repository';
import type { ListQuery } from './validation';

export function listArticles(query: ListQuery) {
  return query.search ? searchArticles(query) : orderedArticles(query);
}
