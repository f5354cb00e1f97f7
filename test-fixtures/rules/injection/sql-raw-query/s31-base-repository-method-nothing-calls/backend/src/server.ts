import Fastify from 'fastify';
import { CourseRepository } from './repositories/CourseRepository';

const app = Fastify();
const courses = new CourseRepository();

app.get('/api/courses/stats', async () => courses.stats());
app.get('/api/courses/:id', async (req: any) => courses.findById(Number(req.params.id)));
app.get('/api/courses/by-status/:status', async (req: any) => courses.findWhere('status = ?', [req.params.status]));
app.listen({ port: 3000 });
