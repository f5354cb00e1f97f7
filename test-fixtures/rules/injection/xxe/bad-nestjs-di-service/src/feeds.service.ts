import { Injectable } from '@nestjs/common';
import { parseXml } from 'libxmljs';

@Injectable()
export class FeedsService {
  title(xml: string) {
    const doc = parseXml(xml, { replaceEntities: true }); // expect: injection/xxe
    return doc.get('//title')?.toString();
  }
}
