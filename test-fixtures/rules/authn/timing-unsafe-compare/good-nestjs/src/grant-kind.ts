export enum GrantKind {
  Password = 'password',
  ClientSecret = 'client_secret',
}
