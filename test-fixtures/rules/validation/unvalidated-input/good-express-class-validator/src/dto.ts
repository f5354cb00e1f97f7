import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Max, MaxLength, Min } from 'class-validator';

export class UpdateProfileDto {
  @IsString()
  @MaxLength(80)
  displayName!: string;

  @IsOptional()
  @IsUrl({ protocols: ['https'] })
  website?: string;
}

export class ListProfilesQuery {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;
}
