const { createApp } = require('./app');
createApp().listen(process.env.PORT || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
