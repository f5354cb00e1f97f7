export enum MemberRole {
  COMPANY_ADMIN = 'company_admin',
  DISPATCHER = 'dispatcher',
  DRIVER = 'driver',
}
