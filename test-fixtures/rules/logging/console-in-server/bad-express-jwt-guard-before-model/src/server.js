// The route guard verifies a token whose secret comes from the environment: building the routes asks the token
// concept, which asks the env validation, which asks for the servers before the model is complete. The console
// finding in the controller must still come out (a concept computed that early used to keep an empty answer).
const app = require('./app');

app.listen(process.env.PORT || 3000);
