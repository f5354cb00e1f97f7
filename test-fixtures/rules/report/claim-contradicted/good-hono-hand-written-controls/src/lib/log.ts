type Level = 'debug' | 'info' | 'warn' | 'error';

export class JsonLog {
  constructor(private readonly service: string) {}

  info(msg: string, fields: Record<string, unknown> = {}) {
    this.emit('info', msg, fields);
  }

  error(msg: string, fields: Record<string, unknown> = {}) {
    this.emit('error', msg, fields);
  }

  private emit(level: Level, msg: string, fields: Record<string, unknown>) {
    const record = { at: new Date().toISOString(), level, service: this.service, msg, ...fields };
    const sink = level === 'error' ? console.error : console.log;
    sink(JSON.stringify(record));
  }
}
