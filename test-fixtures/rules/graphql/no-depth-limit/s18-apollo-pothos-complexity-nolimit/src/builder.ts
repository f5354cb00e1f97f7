import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';

// costs are computed, but with no limit the plugin turns no query away
export const builder = new SchemaBuilder<{ Context: { userId?: string } }>({
  plugins: [ComplexityPlugin],
  complexity: { defaultComplexity: 1, defaultListMultiplier: 10 },
});

builder.queryType({ fields: (t) => ({ ping: t.string({ resolve: () => 'pong' }) }) });
export const schema = builder.toSchema();
