import { Hono } from 'hono'
import { firstPage, pageFrom, pageAfter } from './paging'

const app = new Hono()

app.get('/relays', async (c) => {
    const { size } = c.req.query();
    return firstPage(c, 'relays', size);
})

app.get('/relays/older', async (c) => {
    const { skip } = c.req.query();
    return pageFrom(c, 'relays', skip);
})

app.get('/relays/after', async (c) => {
    const { skip } = c.req.query(); // expect: validation/unvalidated-input
    return pageAfter(c, 'relays', skip);
})

export default app
