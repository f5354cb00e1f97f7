import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "./tests",
  use: { baseURL: "http://localhost:4300" },
  webServer: {
    // the built bundle plus canned /api answers, so the suite needs no backend
    command: "npm run serve:mock",
    port: 4300,
    reuseExistingServer: !process.env.CI,
  },
});
