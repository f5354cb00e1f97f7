import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export interface ProjectInput {
  name: string;
  description?: string;
}

// No schema here either: the caller's data is trusted as is.
export function createProject(ownerId: string, input: ProjectInput) {
  return prisma.project.create({ data: { ...input, ownerId } });
}

export function listProjects(ownerId: string, page: number) {
  return prisma.project.findMany({ where: { ownerId }, skip: (page - 1) * 20, take: 20 });
}

export { prisma };
