// a digest mailer no module imports
export class DigestService {
  send(to: string) {
    console.log('sending digest to', to);
    return true;
  }
}
