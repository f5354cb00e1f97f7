export interface Bus { subscribe(event: string, fn: (payload: { sku: string; qty: number }) => Promise<void>): void }

export class StockChangedHandler {
  constructor(private readonly bus: Bus) {
    bus.subscribe('stock.changed', (p) => this.handle(p));
  }

  async handle(payload: { sku: string; qty: number }) {
    if (payload.qty <= 0) console.log(`sku ${payload.sku} is out of stock`);
  }
}
