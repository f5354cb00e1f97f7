import type { FastifyReply, FastifyRequest } from 'fastify';

type Role = 'owner' | 'coach' | 'member';

// which role may do what: only the owner role deletes meals, every role may rename them
export const GRANTS: Record<Role, string[]> = {
  owner: ['meals:read', 'meals:rename', 'meals:delete'],
  coach: ['meals:read', 'meals:rename'],
  member: ['meals:read', 'meals:rename'],
};

export function roleCan(role: Role, wanted: string[]): boolean {
  const granted = GRANTS[role] ?? [];
  return wanted.every((w) => granted.includes(w));
}

export function requireGrant(opts: { needs: string[] }) {
  return async function (request: FastifyRequest, reply: FastifyReply) {
    const role = (request.user as { role: Role }).role;
    if (!roleCan(role, opts.needs)) {
      return reply.status(403).send({ error: 'forbidden' });
    }
  };
}
