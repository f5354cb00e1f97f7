import fs from 'fs-extra';
import type { Response } from 'express';

/** Creates the folder; answers 500 itself when that fails and resolves either way. */
export async function makeFolder(dir: string, res?: Response) {
  try {
    await fs.mkdir(dir);
  } catch (err) {
    console.error(err);
    if (res) res.status(500).json({ error: 'could not create the folder' });
    return;
  }
}

/** The folder's entries, or the failure as a value. */
export async function listFolder(dir: string) {
  let names: string[] = [];
  try {
    names = await fs.readdir(dir);
  } catch (err) {
    return { names: undefined, err };
  }
  return { names, err: undefined };
}
