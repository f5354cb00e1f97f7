export enum HttpVerb {
  GET = 'GET',
  POST = 'POST',
  DELETE = 'DELETE',
}
