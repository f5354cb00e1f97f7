export * from './notesRoute';
