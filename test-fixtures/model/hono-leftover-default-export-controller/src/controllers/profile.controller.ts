import { Hono } from 'hono';

// a first draft of the profile endpoints: nothing mounts it yet
const profileController = new Hono();

profileController.get('/profile', (c) => c.json({ data: null }));

export default profileController;
