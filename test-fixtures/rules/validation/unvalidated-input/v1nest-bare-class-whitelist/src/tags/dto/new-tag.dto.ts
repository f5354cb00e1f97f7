import { IsHexColor, IsString, Length } from 'class-validator';

export class NewTagDto {
  @IsString()
  @Length(1, 40)
  label!: string;

  @IsHexColor()
  color!: string;
}
