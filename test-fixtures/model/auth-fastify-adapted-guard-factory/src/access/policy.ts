import { problem } from './problems';

type User = { id: string; role: string };
type PlainRequest = { user?: User; params?: unknown };
type Verb = 'view' | 'write' | 'remove';

// a check per verb: anyone may view, writing and removing need a signed-in user
function makeCheck(kind: string, verb: Verb) {
  return async function check(request: PlainRequest): Promise<void> {
    if (!request.user && verb !== 'view') {
      throw problem('UNAUTHORIZED', 'Sign in first');
    }
    if (verb === 'view') {
      return;
    }
    if (verb === 'remove' && request.user && request.user.role !== 'owner') {
      throw problem('FORBIDDEN', 'Only owners remove ' + kind);
    }
  };
}

export const access = {
  view: (kind: string) => makeCheck(kind, 'view'),
  write: (kind: string) => makeCheck(kind, 'write'),
  remove: (kind: string) => makeCheck(kind, 'remove'),
};

// adapter: runs a plain check as a Fastify preHandler
export function asPreHandler(check: (req: PlainRequest) => Promise<void>) {
  return async function preHandler(request: unknown, _reply: unknown): Promise<void> {
    const plain: PlainRequest = {};
    const r = request as { user?: User; params?: unknown };
    if (r.user) plain.user = r.user;
    plain.params = r.params;
    await check(plain);
  };
}
