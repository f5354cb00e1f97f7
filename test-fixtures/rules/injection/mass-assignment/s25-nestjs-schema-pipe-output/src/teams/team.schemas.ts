import { z } from 'zod';

export const CreateTeamSchema = z.object({ title: z.string().min(1).max(80) });
export const RenameTeamSchema = z.object({ title: z.string().min(1).max(80) });
