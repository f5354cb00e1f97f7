import { randomUUID } from 'node:crypto';

interface Invite {
  id: string;
  email: string;
  team: string;
  role: 'member' | 'admin';
}

const invites = new Map<string, Invite>();

export async function findInvites(team: string) {
  return [...invites.values()].filter((i) => i.team === team);
}

export async function createInvite(email: string, team: string, role: Invite['role']) {
  const invite = { id: randomUUID(), email, team, role };
  invites.set(invite.id, invite);
  return invite;
}

export async function revokeInvite(id: string) {
  invites.delete(id);
}
