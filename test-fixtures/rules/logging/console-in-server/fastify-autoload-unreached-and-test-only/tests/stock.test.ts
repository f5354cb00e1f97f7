import { describe, it, expect, vi } from 'vitest';
import { StockChangedHandler } from '../src/handlers/StockChangedHandler.js';

describe('StockChangedHandler', () => {
  it('subscribes', () => {
    const bus = { subscribe: vi.fn() };
    new StockChangedHandler(bus);
    expect(bus.subscribe).toHaveBeenCalledOnce();
  });
});
