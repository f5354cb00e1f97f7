// Carries the id of the member whose trail was cleared to whoever listens.
export class MemberCleared {
  private readonly memberId: string;

  constructor({ memberId }: { memberId: string }) {
    this.memberId = memberId;
  }

  static get topic() {
    return 'member.cleared';
  }

  get id() {
    return this.memberId;
  }
}
