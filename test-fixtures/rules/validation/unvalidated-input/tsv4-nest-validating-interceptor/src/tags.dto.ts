import { IsUUID, IsString, Length } from 'class-validator';

export class CreateTagDto {
  @IsString()
  @Length(1, 40)
  name!: string;
}

export class TagIdDto {
  @IsUUID()
  id!: string;
}
