import { ZodError, type ZodSchema, type z } from 'zod';

export class BadInput extends Error {
  statusCode = 400;
}

export function validate<T extends ZodSchema>(schema: T, data: unknown): z.output<T> {
  try {
    return schema.parse(data);
  } catch (error) {
    if (error instanceof ZodError) throw new BadInput(error.message);
    throw error;
  }
}
