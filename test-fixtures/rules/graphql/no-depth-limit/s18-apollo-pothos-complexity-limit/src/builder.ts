import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';

// the plugin rejects a query over the limits before it runs
export const builder = new SchemaBuilder<{ Context: { userId?: string } }>({
  plugins: [ComplexityPlugin],
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: { complexity: 2000, depth: 8 },
  },
});

builder.queryType({ fields: (t) => ({ ping: t.string({ resolve: () => 'pong' }) }) });
export const schema = builder.toSchema();
