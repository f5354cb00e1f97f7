import { Injectable } from '@nestjs/common';

export interface ReadScanInput {
  bytes: Buffer;
  name: string;
  locale?: string;
  ownerId?: string | null;
}

@Injectable()
export class ReadScanUseCase {
  // the caller's owner id is carried in the input for later; this step reads only the file and its locale
  async run(input: ReadScanInput) {
    const { bytes, name, locale } = input;
    const text = bytes.toString(locale === 'latin1' ? 'latin1' : 'utf8');
    return { name, length: text.length };
  }
}
