const fastify = require('fastify')();

fastify.get('/orders', async () => []);
fastify.setErrorHandler((err, req, res) => {
  req.log.error({ err }, err.message);
  err.message = 'An error has occurred';
  // Fastify serialises an Error through its error serializer: { statusCode, error, message }
  res.send(err);
});
fastify.listen({ port: 3000 });
