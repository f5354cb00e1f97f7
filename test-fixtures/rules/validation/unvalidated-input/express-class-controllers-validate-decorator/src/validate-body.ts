import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { NextFunction, Request, Response } from 'express';

// Method decorator: the handler runs only with a body that passes the DTO's rules (unknown keys refused).
export function ValidateBody<T extends object>(dtoClass: new () => T) {
  return function validateBody(target: any, propertyKey: string, descriptor: PropertyDescriptor) {
    const original = descriptor.value;
    descriptor.value = async function withValidation(req: Request, res: Response, next: NextFunction) {
      const dto = plainToInstance(dtoClass, req.body);
      const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
      if (errors.length > 0) {
        res.status(400).json({ errors: errors.map((e) => e.constraints) });
        return;
      }
      req.body = dto;
      return original.apply(this, [req, res, next]);
    };
  };
}
