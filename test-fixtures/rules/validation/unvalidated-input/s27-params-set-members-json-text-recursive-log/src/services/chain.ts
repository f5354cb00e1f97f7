import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

/** The managers above an employee, nearest first; a visited set stops at a loop in the data. */
export async function managersOf(tenantId: string, employeeId: string) {
  const chain: { id: string; name: string }[] = [];
  const visited = new Set<string>();
  let current: string | null = employeeId;
  while (current && !visited.has(current)) {
    visited.add(current);
    const row = await prisma.employee.findFirst({ where: { id: current, tenantId }, select: { id: true, name: true, managerId: true } });
    if (!row || !row.managerId) break;
    chain.push({ id: row.id, name: row.name });
    current = row.managerId;
  }
  return chain;
}

interface Alert { name: string; resolved: boolean; at: Date }
const active: Alert[] = [];

/** Marks the open alert of that name resolved, if there is one. */
export function resolveAlert(name: string) {
  const open = active.find((a) => a.name === name && !a.resolved);
  if (open) {
    open.resolved = true;
    open.at = new Date();
  }
}
