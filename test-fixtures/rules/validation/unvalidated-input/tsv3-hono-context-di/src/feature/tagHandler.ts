export function newTagHandler(uc: any) {
  return {
    removeTag: removeTag(uc),
    renameTag: renameTag(uc),
  };
}

function removeTag(uc: any) {
  return async (userId: string, id: string) => {
    await uc.removeTag(id, userId);
  };
}

function renameTag(uc: any) {
  return async (userId: string, id: string) => {
    await uc.renameTag(id, userId);
  };
}
