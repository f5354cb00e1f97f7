let started = false;

export async function startOtel(): Promise<void> {
  if (process.env.OTEL_ON !== '1' || started) return;
  const { NodeSDK } = await import('@opentelemetry/sdk-node');
  const { getNodeAutoInstrumentations } = await import('@opentelemetry/auto-instrumentations-node');
  const { PeriodicExportingMetricReader, ConsoleMetricExporter } = await import('@opentelemetry/sdk-metrics');
  const sdk = new NodeSDK({
    serviceName: 'catalog-api',
    instrumentations: [getNodeAutoInstrumentations()],
    metricReaders: [new PeriodicExportingMetricReader({ exporter: new ConsoleMetricExporter() })],
  });
  sdk.start();
  started = true;
}
