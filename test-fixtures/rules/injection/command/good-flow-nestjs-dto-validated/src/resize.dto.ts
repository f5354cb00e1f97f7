import { Type } from 'class-transformer';
import { IsIn, IsInt, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';

export class SizeDto {
  @IsInt() @Min(16) @Max(4096)
  width: number;

  @IsIn(['png', 'jpg', 'webp'])
  format: string;
}

export class ResizeDto {
  @IsUUID()
  mediaId: string;

  @Matches(/^[a-z0-9-]{1,40}$/)
  preset: string;

  @ValidateNested()
  @Type(() => SizeDto)
  size: SizeDto;
}
