import { BadRequestException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

export class DtoChecker {
  async check(dto: new () => object, value: unknown): Promise<void> {
    const errors = await validate(plainToInstance(dto, value) as object);
    if (errors.length > 0) throw new BadRequestException(errors.map((e) => e.property));
  }
}
