import { readFile } from 'fs/promises';

export async function renderTemplate(name: string): Promise<string> {
  const body = await readFile(`templates/${name.replace(/[^a-z-]/g, '')}.html`, 'utf8');
  return body.replace('{{year}}', String(new Date().getFullYear()));
}
