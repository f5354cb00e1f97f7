import type { MiddlewareHandler } from 'hono';
import { optionalUser, staffOnly } from '../middleware/guards';
import { endpoint, type EndpointOptions } from './endpoint';

// the tiers wrap endpoint(): their own keys are taken off, the rest handed on with a guard in front
export const openEndpoint = (options: EndpointOptions & { label?: string }) => {
  const { label = 'open', ...rest } = options;
  return endpoint({
    ...rest,
    extra: { ...rest.extra, middlewares: [optionalUser(), ...(rest.extra?.middlewares || [])] },
  });
};

export const staffEndpoint = (options: EndpointOptions & { roles?: string[] }) => {
  const { roles, ...rest } = options;
  const chain: MiddlewareHandler[] = [staffOnly(roles), ...(rest.extra?.middlewares ?? [])];
  return endpoint({ ...rest, extra: { ...rest.extra, middlewares: chain } });
};
