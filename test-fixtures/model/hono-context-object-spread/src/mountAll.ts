import { mountBookmarks } from './bookmarks/bookmarks.routes';

export function mountAll(context: { app: any; store: Map<string, string> }) {
  mountBookmarks(context);
}
