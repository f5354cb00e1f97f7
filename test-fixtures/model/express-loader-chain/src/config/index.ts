export default {
  port: Number(process.env.PORT ?? 3000),
  http: {
    base: '/service',
    version: 'v3',
  },
};
