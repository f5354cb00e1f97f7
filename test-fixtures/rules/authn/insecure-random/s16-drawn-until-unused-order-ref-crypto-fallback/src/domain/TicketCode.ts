export class TicketCode {
  private constructor(readonly value: string) {}

  static generate(): TicketCode {
    const stamp = Date.now().toString().slice(-5);
    const tail = Math.floor(Math.random() * 100).toString().padStart(2, '0');
    return new TicketCode(`TK-${stamp}-${tail}`);
  }
}
