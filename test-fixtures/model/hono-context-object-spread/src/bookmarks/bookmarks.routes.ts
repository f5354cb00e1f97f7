export function mountBookmarks(context: { app: any; store: Map<string, string> }) {
  listRoute(context);
  removeRoute(context);
}

function listRoute({ app, store }: { app: any; store: Map<string, string> }) {
  app.get('/api/bookmarks', (c: any) => c.json([...store.keys()]));
}

function removeRoute({ app, store }: { app: any; store: Map<string, string> }) {
  app.delete('/api/bookmarks/:name', (c: any) => {
    store.delete(c.req.param('name'));
    return c.body(null, 204);
  });
}
