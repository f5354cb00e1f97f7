const bcrypt = require('bcrypt');

// the handlers are function declarations written below the routes that name them (hoisted)
async function cooks(server, options) {
  const store = server.store;

  server.route({
    method: 'POST',
    url: 'cooks',
    handler: onJoin,
  });
  async function onJoin(req, reply) {
    const digest = await bcrypt.hash(req.body.cook.password, 12);
    const cook = await store.insertCook({ name: req.body.cook.name, password: digest });
    return reply.code(201).send({ id: cook.id });
  }

  server.route({
    method: 'DELETE',
    url: 'cooks/:id',
    onRequest: [server.authenticate],
    handler: onLeave,
  });
  async function onLeave(req, reply) {
    await store.removeCook(req.params.id);
    return reply.code(204).send();
  }
}

module.exports = cooks;
