export const TYPES = {
  BillingController: Symbol.for('BillingController'),
}
