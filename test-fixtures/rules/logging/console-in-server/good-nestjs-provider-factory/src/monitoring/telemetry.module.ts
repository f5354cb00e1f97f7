import { DynamicModule, Module, Scope } from '@nestjs/common';

export interface TelemetryOptions { endpoint?: string; sampleRate?: number }

@Module({})
export class TelemetryModule {
  static forRoot(options: TelemetryOptions = {}): DynamicModule {
    return {
      module: TelemetryModule,
      providers: [
        {
          provide: 'TELEMETRY_CLIENT',
          useFactory: () => {
            if (!options.endpoint) {
              console.log('telemetry endpoint not set: spans are dropped');
              return null;
            }
            console.log(`telemetry exporting to ${options.endpoint}`);
            return { endpoint: options.endpoint, sampleRate: options.sampleRate ?? 0.1 };
          },
        },
        {
          provide: 'REQUEST_SPAN',
          scope: Scope.REQUEST,
          useFactory: () => {
            console.log('new request span'); // expect: logging/console-in-server
            return { startedAt: Date.now() };
          },
        },
      ],
      exports: ['TELEMETRY_CLIENT', 'REQUEST_SPAN'],
    };
  }
}
