import { Webhook } from 'svix';

export interface EventVerifier {
  verify(payload: string, headers: Record<string, string | undefined>, secret: string): Record<string, unknown>;
}

class SvixVerifier implements EventVerifier {
  verify(payload: string, headers: Record<string, string | undefined>, secret: string) {
    return new Webhook(secret).verify(payload, headers as Record<string, string>) as Record<string, unknown>;
  }
}

const bounced = new Set<string>();

export class MailEventService {
  constructor(private readonly webhookSecret: string, private readonly verifier: EventVerifier = new SvixVerifier()) {}

  process(payload: string, headers: Record<string, string | undefined>) {
    const event = this.check(payload, headers);
    if (event.type === 'email.bounced') bounced.add(String(event.to));
    return { received: true };
  }

  private check(payload: string, headers: Record<string, string | undefined>) {
    return this.verifier.verify(payload, headers, this.webhookSecret);
  }
}
