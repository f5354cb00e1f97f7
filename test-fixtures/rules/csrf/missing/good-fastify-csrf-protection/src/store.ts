export const store: any = { saveSettings: async (_: unknown, __: unknown) => {} };
