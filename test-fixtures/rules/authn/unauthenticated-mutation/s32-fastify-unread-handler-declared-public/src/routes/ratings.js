'use strict'

module.exports = async function (fastify) {
  // the controller comes out of the service registry: backcheck cannot read what it does
  const ratings = fastify.getService('ratingController');

  // Public endpoints
  fastify.post('/games/:id', {
    handler: ratings.rate.bind(ratings),
  });

  fastify.delete('/games/:id/:ratingId', { // expect: authn/unauthenticated-mutation
    handler: ratings.remove.bind(ratings),
  });

  fastify.put('/games/:id/:ratingId', {
    preHandler: fastify.signedIn,
    handler: ratings.update.bind(ratings),
  });
};
