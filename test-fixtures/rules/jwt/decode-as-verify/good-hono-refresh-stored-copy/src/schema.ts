export const accounts: any = {};
