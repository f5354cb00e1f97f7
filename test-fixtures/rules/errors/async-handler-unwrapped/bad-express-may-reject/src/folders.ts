import fs from 'fs-extra';

/** Reports the failure, then hands it on. */
export async function readNotes(dir: string) {
  try {
    return await fs.readFile(`${dir}/notes.txt`, 'utf8');
  } catch (err) {
    console.error(err);
    throw err;
  }
}
