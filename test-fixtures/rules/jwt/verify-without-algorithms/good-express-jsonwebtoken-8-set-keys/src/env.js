const { z } = require('zod');

// validated at startup: the process exits when SESSION_KEY is missing
module.exports = z.object({ SESSION_KEY: z.string().min(32) }).parse(process.env);
