import { OmitType, PartialType } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength } from '../validation';

export class CreatePersonDto {
  @IsString()
  @MaxLength(80)
  name!: string;

  @IsEmail()
  email!: string;

  @IsString()
  @MaxLength(40)
  team!: string;
}

export class UpdatePersonDto extends PartialType(OmitType(CreatePersonDto, ['email'] as const)) {}

export class NotePersonDto {
  text!: string;
}
