import SchemaBuilder from '@pothos/core';
import { signIn, signUp } from './accounts';

export const builder = new SchemaBuilder<{}>({});

const CredentialsInput = builder.inputType('CredentialsInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
  }),
});

const NewAccountInput = builder.inputType('NewAccountInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
  }),
});

builder.queryType({ fields: (t) => ({ ping: t.string({ resolve: () => 'pong' }) }) });

builder.mutationType({
  fields: (t) => ({
    signIn: t.string({
      nullable: true,
      args: { input: t.arg({ type: CredentialsInput, required: true }) },
      resolve: async (_root, { input }) => signIn(input.email, input.password),
    }),
    signUp: t.string({ // expect: graphql/unvalidated-input
      args: { input: t.arg({ type: NewAccountInput, required: true }) },
      resolve: async (_root, { input }) => signUp(input.email, input.password),
    }),
  }),
});

export const schema = builder.toSchema();
