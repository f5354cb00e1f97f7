import { createInterface } from 'node:readline/promises';
import { tint } from './say.js';

export type Choice = { key: string; label: string; run: () => Promise<void> };

export class ChoiceList {
  constructor(private readonly title: string, private readonly choices: Choice[]) {}

  async pick(): Promise<void> {
    console.clear();
    console.log(tint.green(this.title));
    this.choices.forEach((c) => console.log(`  ${c.key}) ${c.label}`));
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await rl.question('> ');
    rl.close();
    const chosen = this.choices.find((c) => c.key === answer.trim());
    if (chosen) await chosen.run();
  }
}
