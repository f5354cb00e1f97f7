import { applyDecorators } from '@nestjs/common';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

// project field decorators: each one bundles the class-validator checks of a kind of field
export function EmailField(): PropertyDecorator {
  return applyDecorators(IsEmail(), MaxLength(254));
}

export function SecretField(min = 12): PropertyDecorator {
  const checks = [IsString(), MinLength(min)];
  return applyDecorators(...checks);
}
