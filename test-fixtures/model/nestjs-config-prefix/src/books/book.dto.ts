import { IsInt, IsString, Min } from 'class-validator';

export class NewBookDto {
  @IsString()
  title: string;

  @IsInt()
  @Min(0)
  pages: number;
}
