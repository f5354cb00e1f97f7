import { Hono } from 'hono';

const registerMembers = ({ app }: { app: any }) => {
  const members = new Hono();
  members.get('/', (c) => c.json([]));
  members.delete('/:id', (c) => c.body(null, 204));
  app.route('/members', members);
};

export default registerMembers;
