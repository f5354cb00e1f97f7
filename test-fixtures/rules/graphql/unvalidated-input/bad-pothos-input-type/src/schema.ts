import SchemaBuilder from '@pothos/core';
import ValidationPlugin from '@pothos/plugin-validation';
import { z } from 'zod';
import { PrismaClient } from '@prisma/client';

const db = new PrismaClient();
export const builder = new SchemaBuilder<{ Context: { shopperId: string } }>({ plugins: [ValidationPlugin] });

const ReviewInput = builder.inputType('ReviewInput', {
  fields: (t) => ({
    productId: t.id({ required: true }),
    text: t.string({ required: true }),
  }),
});

const CheckedReviewInput = builder.inputType('CheckedReviewInput', {
  fields: (t) => ({
    productId: t.id({ required: true }),
    text: t.string({ required: true, validate: z.string().min(1).max(2000) }),
  }),
});

const CartLine = builder.inputType('CartLine', {
  fields: (t) => ({
    productId: t.id({ required: true }),
    quantity: t.int({ required: true }),
  }),
});

builder.queryType({
  fields: (t) => ({
    product: t.string({
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, args) => (await db.product.findUniqueOrThrow({ where: { id: String(args.id) } })).name,
    }),
  }),
});

builder.mutationType({
  fields: (t) => ({
    postReview: t.boolean({ // expect: graphql/unvalidated-input
      args: { input: t.arg({ type: ReviewInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        await db.review.create({ data: { productId: String(input.productId), text: input.text, authorId: ctx.shopperId } });
        return true;
      },
    }),
    postCheckedReview: t.boolean({
      args: { input: t.arg({ type: CheckedReviewInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        await db.review.create({ data: { productId: String(input.productId), text: input.text, authorId: ctx.shopperId } });
        return true;
      },
    }),
    renameCart: t.boolean({
      args: { name: t.arg.string({ required: true, validate: z.string().min(1).max(80) }) },
      resolve: async (_root, args, ctx) => {
        await db.cart.update({ where: { ownerId: ctx.shopperId }, data: { name: args.name } });
        return true;
      },
    }),
    addToCart: t.boolean({
      args: { line: t.arg({ type: CartLine, required: true }) },
      resolve: async (_root, { line }, ctx) => {
        await db.cartLine.create({ data: { productId: String(line.productId), quantity: line.quantity, ownerId: ctx.shopperId } });
        return true;
      },
    }),
  }),
});

export const schema = builder.toSchema();
