import { z } from 'zod';

const labelIdSchema = z.string().uuid();

// the domain's id constructor: a uuid or an error
export function toLabelId(raw: string) {
  const parsed = labelIdSchema.safeParse(raw);
  if (!parsed.success) throw new Error('invalid label id');
  return parsed.data;
}

export function newLabelUsecase(repo: any) {
  return {
    removeLabel: async (id: string) => {
      await repo.removeLabel(toLabelId(id));
    },
    // checked, and then the raw text is used all the same
    archiveLabel: async (id: string) => {
      toLabelId(id);
      await repo.archiveLabel(id);
    },
  };
}
