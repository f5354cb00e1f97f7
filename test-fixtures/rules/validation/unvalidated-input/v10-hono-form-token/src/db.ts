export const db: any = {};
export const grants: any = {};
export const sessions: any = {};
export const notes: any = {};
