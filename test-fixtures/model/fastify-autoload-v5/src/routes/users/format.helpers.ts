// ignored by ignorePattern
export default async function (app: { get: (p: string, h: () => unknown) => void }) {
  app.get('/format', () => 'never loaded');
}
