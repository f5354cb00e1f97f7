import { IsString } from 'class-validator';

export class Rename {
  @IsString()
  name!: string;
}
