import { IsOptional, IsString } from 'class-validator';

export class FindClientsDto {
  @IsOptional()
  @IsString()
  q?: string;

  @IsOptional()
  @IsString()
  city?: string;

  @IsOptional()
  @IsString()
  lastName?: string;
}

// a shape only: a ValidationPipe has no class to check, so any key passes
export interface LooseFilter {
  [column: string]: string;
}
