import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';
import { LANGUAGES, Language } from '../languages';

// refuses any path segment outside the supported languages
@Injectable()
export class LanguagePipe implements PipeTransform<string, Language> {
  transform(value: string): Language {
    if (!LANGUAGES.includes(value as Language)) {
      throw new BadRequestException(`unsupported language ${value}`);
    }
    return value as Language;
  }
}

// passes anything through: not a validation
@Injectable()
export class LowercasePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    return String(value).toLowerCase();
  }
}
