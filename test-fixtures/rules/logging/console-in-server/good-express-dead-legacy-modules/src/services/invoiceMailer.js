export class InvoiceMailer {
  async send(to) {
    console.log("mock invoice mail to", to);
  }
}
