import { Inngest } from 'inngest';

// cloud mode: the served handler checks each run request's signature against INNGEST_SIGNING_KEY
export const inngest = new Inngest({ id: 'reminders' });

const sendReminder = inngest.createFunction(
  { id: 'send-reminder' },
  { event: 'reminder/due' },
  async ({ event, step }) => {
    await step.run('log', () => ({ id: event.data.id }));
  },
);

export const functions = [sendReminder];
