// shared pino options: the request serializer keeps three headers, and credentials are redacted
export function sharedLogOptions(service: string) {
  return {
    level: process.env.LOG_LEVEL || 'info',
    name: service,
    serializers: {
      req: (req: any) => ({ method: req.method, url: req.url, host: req.headers?.host }),
    },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], remove: true },
  };
}

// the same shape with nothing hidden
export function plainLogOptions(service: string) {
  return { level: 'info', name: service };
}
