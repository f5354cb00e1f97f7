export const calendar = {
  async apply(event: unknown) {
    return event;
  },
};
export const accounts = {
  async mailResetCode(email: string) {
    return email.length;
  },
  async storeCode(phone: string) {
    return phone.slice(-4);
  },
};
export const texts = {
  async send(phone: string, body: string) {
    return { phone, body };
  },
};
