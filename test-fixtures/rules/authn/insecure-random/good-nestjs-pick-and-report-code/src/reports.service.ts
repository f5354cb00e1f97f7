import { Injectable } from '@nestjs/common';

interface Track { id: string; title: string }

@Injectable()
export class ReportsService {
  private readonly reports: { code: string; title: string }[] = [];

  // A reference printed on the report (FD-2026042) so inspectors can quote it on the phone.
  private generateReportCode(): string {
    const year = new Date().getFullYear();
    const serial = Math.floor(Math.random() * 1000).toString().padStart(3, '0');
    return `FD-${year}${serial}`;
  }

  create(title: string) {
    const report = { code: this.generateReportCode(), title };
    this.reports.push(report);
    return report;
  }

  // Background music for the generated slideshow: any of the licensed tracks will do.
  pickRandomTrackId(tracks: Track[]): string | undefined {
    if (!tracks.length) return undefined;
    return tracks[Math.floor(Math.random() * tracks.length)].id;
  }
}
