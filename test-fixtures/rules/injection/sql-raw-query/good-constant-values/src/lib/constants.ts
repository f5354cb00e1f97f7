export enum TicketState { OPEN = 'open', CLOSED = 'closed' }
export const settings = { support: { inbox: 'help@example.test' } };
export const ARCHIVE_TABLE = 'tickets_archive';
