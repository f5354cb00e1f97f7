import Fastify from 'fastify';
import { listMembers, searchMembers } from './members.js';

const app = Fastify();

app.get('/admin/members', {
  schema: {
    querystring: {
      type: 'object',
      properties: {
        page: { type: 'integer', minimum: 1 },
        orderBy: { type: 'string', enum: ['id', 'name', 'joined_at'] },
        direction: { type: 'string', enum: ['asc', 'desc'] },
      },
    },
  },
}, async (request) => {
  return listMembers((request as any).query);
});

app.get('/admin/members/search', {
  schema: {
    querystring: {
      type: 'object',
      properties: { term: { type: 'string', maxLength: 50 } },
    },
  },
}, async (request) => {
  return searchMembers((request as any).query);
});

app.listen({ port: 3000 });
