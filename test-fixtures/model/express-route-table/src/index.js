const app = require('./app');
const config = require('./config/config');

app.listen(config.port); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
