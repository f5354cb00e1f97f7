import * as validator from 'class-validator';

// class-validator's decorators with this project's messages
function withMessage<T extends (...args: any[]) => PropertyDecorator>(make: T, message: string) {
  return (...args: any[]) => make(...args.slice(0, -1), { ...(args[args.length - 1] ?? {}), message });
}

export const IsString = withMessage(validator.IsString, 'must be text');
export const MaxLength = withMessage(validator.MaxLength, 'too long');
export const IsEmail = withMessage(validator.IsEmail, 'not an email');
