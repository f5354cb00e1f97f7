import { app } from './app';
import { installProcessHandlers } from './process';

const server = app.listen(3000);
installProcessHandlers(() => server.close(() => process.exit(1)));
