export const settings = {
  storage: process.env.NOTES_STORAGE ?? 'sql', // expect: config/env-undocumented
  reports: process.env.REPORTS_ENGINE === 'legacy' ? 'legacy' : 'current',
};
