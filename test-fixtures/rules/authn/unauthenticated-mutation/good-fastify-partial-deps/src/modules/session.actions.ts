import type { Cradle } from '@fastify/awilix';
import { partial } from 'rambda';

type Credentials = { email: string; password: string };

// the container's services come first; the route hands over only the body
const openSession = async ({ clerks, hasher, tokens }: Cradle, input: Credentials) => {
  const clerk = await clerks.byEmail(input.email);
  if (!clerk || !(await hasher.matches(input.password, clerk.secret))) return null;
  return tokens.issue(clerk.id);
};

const closeBooks = async ({ ledgers }: Cradle, ledgerId: string) => {
  await ledgers.archive(ledgerId);
  return { archived: true };
};

export function sessionActions(deps: Cradle) {
  return {
    openSession: partial(openSession, [deps]),
    closeBooks: partial(closeBooks, [deps]),
  };
}
