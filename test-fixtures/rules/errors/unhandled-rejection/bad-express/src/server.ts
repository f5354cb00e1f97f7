import { app } from './app';

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => console.log(`listening on ${port}`)); // expect: errors/unhandled-rejection[warning]
