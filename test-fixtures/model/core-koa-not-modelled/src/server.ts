import Koa from 'koa';
import Router from '@koa/router';

const app = new Koa();
const router = new Router();
router.post('/login', async (ctx) => { ctx.body = { ok: true }; });
app.use(router.routes());
app.listen(3000);
