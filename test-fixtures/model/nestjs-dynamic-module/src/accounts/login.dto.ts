import { EmailField, SecretField } from './fields';

export class LoginDto {
  @EmailField()
  email: string;

  @SecretField()
  password: string;
}
