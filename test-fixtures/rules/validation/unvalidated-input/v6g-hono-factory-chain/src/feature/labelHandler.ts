export function newLabelHandler(uc: any) {
  return {
    removeLabel: (id: string) => uc.removeLabel(id),
    archiveLabel: (id: string) => uc.archiveLabel(id),
  };
}
