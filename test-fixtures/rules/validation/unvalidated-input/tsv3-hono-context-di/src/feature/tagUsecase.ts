import { z } from 'zod';

const tagIdSchema = z.string().uuid();

function tagId(id: string) {
  const parsed = tagIdSchema.safeParse(id);
  if (!parsed.success) throw new Error('invalid tag id');
  return parsed.data;
}

export function newTagUsecase(repo: any) {
  return {
    removeTag: removeTag(repo),
    renameTag: renameTag(repo),
  };
}

function removeTag(repo: any) {
  return async (id: string, userId: string) => {
    const tag = await repo.findTag(tagId(id), userId);
    if (!tag) throw new Error(`tag ${id} not found`);
    await repo.removeTag(id);
  };
}

function renameTag(repo: any) {
  return async (id: string, userId: string) => {
    const tag = await repo.findTag(id, userId);
    if (!tag) throw new Error('tag not found');
    await repo.renameTag(id, 'renamed');
  };
}
