export class SyncMailboxHandler {
  async execute(mailboxId: string) {
    console.log('syncing mailbox', mailboxId);
    return { mailboxId };
  }
}
