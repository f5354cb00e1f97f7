import httpLoader from './http';

export default async ({ httpServer }) => {
  await httpLoader({ target: httpServer });
};
