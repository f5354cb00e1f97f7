export interface Envelope { name: string; at: string; anonymous_id?: string; props: unknown }

export class EventEmitterSink {
  private buffer: Envelope[] = [];
  constructor(private shared: Partial<Envelope> = {}) {}

  record(name: string, props: unknown) {
    const e: Envelope = {
      name,
      at: new Date().toISOString(),
      anonymous_id: this.shared.anonymous_id || 'visitor-' + Math.random().toString(36).slice(2),
      props,
    };
    this.buffer.push(e);
  }
}
