import { IsOptional, IsString, MaxLength } from 'class-validator';

export class UpdateLayoutDto {
  @IsOptional() @IsString() @MaxLength(200) title?: string;
  @IsOptional() @IsString() @MaxLength(20000) markup?: string;
}
