import { confirmSeedKey } from "../lib/seed-key.js";

// run by hand once per environment
if (!confirmSeedKey(process.argv[2])) process.exit(1);
console.log("admin seeded");
