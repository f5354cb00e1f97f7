import { Injectable } from '@nestjs/common';

@Injectable()
export class AlertsService {
  private readonly alerts: { id: number; text: string }[] = [];

  add(text: string) {
    const alert = { id: this.alerts.length + 1, text };
    this.alerts.push(alert);
    return alert;
  }

  list() {
    return this.alerts;
  }

  clear() {
    this.alerts.length = 0;
  }
}
