import { IsEmail, IsString, MaxLength } from 'class-validator';

export class CreateLeadDto {
  @IsString()
  @MaxLength(80)
  name: string;

  @IsEmail()
  email: string;
}
