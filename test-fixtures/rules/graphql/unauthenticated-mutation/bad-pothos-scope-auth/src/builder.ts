import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { PrismaClient } from '@prisma/client';

export const db = new PrismaClient();

export type Ctx = { viewerId: string | null };

export const builder = new SchemaBuilder<{ Context: Ctx; AuthScopes: { signedIn: boolean; public: boolean } }>({
  plugins: [ScopeAuthPlugin],
  scopeAuth: {
    authScopes: async (ctx) => ({ signedIn: ctx.viewerId !== null, public: true }),
  },
});

builder.queryType({});
builder.mutationType({});
