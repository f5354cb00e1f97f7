export function newAdminHandler(statsUc: any, memberUc: any) {
  return {
    stats: () => statsUc.totals(),
    purgeMember: (memberId: string) => memberUc.purgeMember(memberId),
    annotateMember: (memberId: string, note: string) => memberUc.annotateMember(memberId, note),
  };
}
