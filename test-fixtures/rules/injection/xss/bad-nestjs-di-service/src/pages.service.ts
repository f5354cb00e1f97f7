import { Injectable } from '@nestjs/common';

@Injectable()
export class PagesService {
  banner(title: string): string {
    return `<header><h1>${title}</h1></header>`;
  }
}
