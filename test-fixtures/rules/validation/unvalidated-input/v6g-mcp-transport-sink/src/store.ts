import { appendFile } from 'node:fs/promises';

export const notes: string[] = [];

// an in-process bus of the project: it files whatever message it is handed
export const bus = {
  async handleMessage(message: { topic: string; text: string }) {
    await appendFile(`/var/spool/bus/${message.topic}.log`, message.text + '\n');
    return true;
  },
};
