import { execSync } from 'node:child_process';

export class Fetcher {
  private src: string;

  constructor(src: string) {
    this.src = src;
  }

  fetch(): string {
    return execSync('curl -s ' + this.src).toString(); // expect: injection/command
  }
}
