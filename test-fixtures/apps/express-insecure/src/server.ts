import 'dotenv/config';
import app from './app';

const PORT = Number(process.env.PORT) || 3000;

app.listen(PORT, () => { // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
  console.log(`TaskBoard API running on http://localhost:${PORT}`);
});
