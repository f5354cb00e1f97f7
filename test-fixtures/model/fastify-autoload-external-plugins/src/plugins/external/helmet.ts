import helmet from '@fastify/helmet';

export const autoConfig = { contentSecurityPolicy: { directives: { defaultSrc: ["'self'"] } } };

export default helmet;
