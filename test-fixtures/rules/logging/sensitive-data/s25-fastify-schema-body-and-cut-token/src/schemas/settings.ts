import { Type } from '@sinclair/typebox';

export const QuotaDefaultsSchema = Type.Object({
  maxBudget: Type.Number({ minimum: 0 }),
  tpmLimit: Type.Integer({ minimum: 0 }),
  rpmLimit: Type.Integer({ minimum: 0 }),
});

export const ProviderSchema = Type.Object({
  name: Type.String(),
  apiKey: Type.String(),
});

// an update takes any of the provider's fields, its key included
export const ProviderUpdateSchema = Type.Partial(ProviderSchema);
