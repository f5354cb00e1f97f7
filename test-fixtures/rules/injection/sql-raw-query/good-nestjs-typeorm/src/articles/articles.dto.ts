import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

export class ListArticlesQuery {
  @IsString()
  @MaxLength(40)
  section!: string;

  @IsOptional()
  @IsString()
  @MaxLength(80)
  author?: string;
}

export class SearchQuery {
  @IsString()
  @MaxLength(100)
  q!: string;
}

export class PublishDto {
  @IsBoolean()
  published!: boolean;
}
