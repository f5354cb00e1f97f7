import Fastify from 'fastify';
import { CourseRepository } from './repositories/CourseRepository';

const app = Fastify();
const courses = new CourseRepository();

app.get('/api/courses/stats', async () => {
  const data = await courses.stats();
  // the count field of a row the repository answered: no call of BaseRepository.count
  return { open: data.count, label: `${data.count} open` };
});
app.get('/api/courses/:id', async (req: any) => courses.findById(Number(req.params.id)));
app.get('/api/courses/by-status/:status', async (req: any) => courses.findWhere('status = ?', [req.params.status]));
app.listen({ port: 3000 });
