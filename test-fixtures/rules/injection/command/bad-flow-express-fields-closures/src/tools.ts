import { exec } from 'child_process';

export function convert(name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    exec(`libreoffice --convert-to pdf "/tmp/uploads/${name}"`, (err, out) => (err ? reject(err) : resolve(out))); // expect: injection/command
  });
}

export async function archiveAll(opts: { level: number; target: string }) {
  return new Promise((resolve) => {
    exec(`tar -czf /tmp/out.tgz -${opts.level} ${opts.target}`, () => resolve('ok')); // expect: injection/command
  });
}
