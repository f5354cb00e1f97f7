export const settings = {
  storage: process.env.NOTES_STORAGE ?? 'sql',
  reports: process.env.REPORTS_ENGINE === 'legacy' ? 'legacy' : 'current',
};
