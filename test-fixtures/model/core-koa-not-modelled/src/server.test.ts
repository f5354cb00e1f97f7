import Koa from 'koa';

// a test server is not the application, modelled or not
const app = new Koa();
export default app;
