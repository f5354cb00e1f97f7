export class PasswordUtil {
  static isStrong(password: string): boolean {
    return password.length >= 12 && /[A-Z]/.test(password) && /[0-9]/.test(password);
  }

  // a generator kept from the first admin screen; no code calls it any more
  static generateRandomPassword(length = 12): string {
    const charset = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    let password = '';
    for (let i = 0; i < length; i++) password += charset.charAt(Math.floor(Math.random() * charset.length));
    return password;
  }

  // the reset route calls this one
  static generateResetCode(): string {
    return Math.floor(100000 + Math.random() * 900000).toString(); // expect: authn/insecure-random
  }
}
