import { createClient } from '@supabase/supabase-js';

export const store = createClient(process.env.STORE_URL!, process.env.STORE_KEY!);
