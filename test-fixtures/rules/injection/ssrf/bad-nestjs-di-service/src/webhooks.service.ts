import { Injectable } from '@nestjs/common';
import axios from 'axios';

const EVENTS_API = process.env.EVENTS_API ?? 'https://events.internal.example.com';

@Injectable()
export class WebhooksService {
  async deliver(url: string, payload: object) {
    const res = await axios.post(url, payload, { timeout: 5000 }); // expect: injection/ssrf
    return { status: res.status };
  }

  // the id only picks a path on a fixed host
  async replay(id: string) {
    const res = await axios.post(`${EVENTS_API}/events/${id}/replay`);
    return { status: res.status };
  }
}
