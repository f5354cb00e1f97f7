import { Injectable } from '@nestjs/common';
import { execSync } from 'child_process';

@Injectable()
export class ReportsService {
  render(template: string) {
    const out = execSync(`pandoc --template=${template} report.md`); // expect: injection/command
    return out.toString();
  }
}
