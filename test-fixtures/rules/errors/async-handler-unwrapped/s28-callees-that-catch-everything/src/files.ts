import fs from 'fs';

// removes an upload once it is handled; a file already gone is no failure worth reporting
export async function dropUpload(file: string): Promise<void> {
  try {
    if (file && fs.existsSync(file)) await fs.promises.unlink(file);
  } catch {
    // nothing to do
  }
}
