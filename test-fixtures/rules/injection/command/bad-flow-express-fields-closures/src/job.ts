import { execSync } from 'child_process';

export class BuildJob {
  private readonly ref: string;

  constructor(branch: string, private readonly options: { retries: number }) {
    this.ref = branch;
  }

  async start() {
    return execSync(`git checkout ${this.ref} && npm run build`).toString(); // expect: injection/command
  }
}
