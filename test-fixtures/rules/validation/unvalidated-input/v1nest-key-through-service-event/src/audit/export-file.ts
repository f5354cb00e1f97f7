// Where the audit export of one member is kept on disk.
export class ExportFile {
  readonly location: string;

  constructor(memberId: string) {
    this.location = '/var/exports/audit-' + memberId + '.csv';
  }
}
