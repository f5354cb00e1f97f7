import { ChoiceList } from './utils/prompt.js';
import { say } from './utils/say.js';
import { countRows } from './modules/tables.js';

export async function runAdmin(): Promise<void> {
  const menu = new ChoiceList('database admin', [
    { key: '1', label: 'count rows', run: countRows },
    { key: 'q', label: 'quit', run: async () => say.ok('bye') },
  ]);
  await menu.pick();
}
