require('./src/tracing');
const app = require('./src/server');

app.listen(process.env.PORT || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
