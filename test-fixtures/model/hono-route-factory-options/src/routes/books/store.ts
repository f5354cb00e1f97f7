export const books = new Map<string, { title: string }>();
