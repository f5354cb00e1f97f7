import { IsString, MaxLength } from 'class-validator';

export class NoteDto {
  @IsString()
  @MaxLength(2000)
  text: string;
}
