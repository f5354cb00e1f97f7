// starts the people router on a spare port and calls it once, to check the handlers by hand
import express from 'express';
import people from '../routes/people';

const app = express();
app.use('/api/people', people);
const server = app.listen(4100, async () => {
  const res = await fetch('http://localhost:4100/api/people');
  console.log(res.status, await res.json());
  server.close();
});
