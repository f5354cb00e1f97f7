// a maintenance script run by hand, not a request handler
export function sameKey(apiKey: string, expectedApiKey: string) {
  return apiKey === expectedApiKey;
}
