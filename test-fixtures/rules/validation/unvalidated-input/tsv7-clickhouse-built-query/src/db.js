import { createClient } from '@clickhouse/client';

export const clickhouse = createClient({ url: process.env.CLICKHOUSE_URL });
