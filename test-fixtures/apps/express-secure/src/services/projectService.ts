import { z } from 'zod';
import { prisma } from '../db';

const createProjectSchema = z.object({
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(2000).optional(),
});

export async function createProject(ownerId: string, input: unknown) {
  const data = createProjectSchema.parse(input);
  return prisma.project.create({
    data: { ...data, ownerId },
    select: { id: true, name: true, description: true, status: true, createdAt: true },
  });
}

interface ProjectStats {
  total: number;
  done: number;
}

/** Task counts for a project the caller owns; null when it does not exist or is not theirs. */
export async function getProjectStats(projectId: string, ownerId: string): Promise<ProjectStats | null> {
  const rows = await prisma.$queryRaw<ProjectStats[]>`
    SELECT count(t.id)::int AS total, count(t.id) FILTER (WHERE t.done)::int AS done
    FROM projects p
    LEFT JOIN tasks t ON t.project_id = p.id
    WHERE p.id = ${projectId} AND p.owner_id = ${ownerId}
    GROUP BY p.id`;
  return rows[0] ?? null;
}
