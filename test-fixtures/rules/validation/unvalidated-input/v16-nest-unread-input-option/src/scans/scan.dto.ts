import { IsOptional, IsString, MaxLength } from 'class-validator';

export class ReadScanDto {
  @IsOptional()
  @IsString()
  @MaxLength(5)
  locale?: string;

  @IsOptional()
  @IsString()
  ownerId?: string;
}
