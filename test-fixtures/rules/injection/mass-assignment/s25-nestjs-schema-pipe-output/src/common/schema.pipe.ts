import { BadRequestException, PipeTransform } from '@nestjs/common';
import { ZodSchema } from 'zod';

// hands on what the schema's parse answered: a z.object keeps only the keys it declares
export class SchemaPipe implements PipeTransform {
  constructor(private readonly schema: ZodSchema) {}

  transform(value: unknown) {
    try {
      return this.schema.parse(value);
    } catch {
      throw new BadRequestException('invalid input');
    }
  }
}

// checks the value but hands on the value as sent, unknown keys included
export class CheckOnlyPipe implements PipeTransform {
  constructor(private readonly schema: ZodSchema) {}

  transform(value: unknown) {
    const result = this.schema.safeParse(value);
    if (!result.success) throw new BadRequestException('invalid input');
    return value;
  }
}
