import { Hono } from 'hono';

const app = new Hono();

const Greeting = (props: { name: string }) => <main><h1>Hello {props.name}</h1></main>;

// JSX escapes every expression it prints
app.get('/jsx', (c) => c.html(<h1>Hello {c.req.query('name')}</h1>));
app.get('/component', (c) => c.html(<Greeting name={c.req.query('name') ?? ''} />));
app.get('/layout', (c) => c.render(<div>{c.req.query('q')}</div>));

export default app;
