export const LANGUAGES = ['en', 'es', 'pt', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
