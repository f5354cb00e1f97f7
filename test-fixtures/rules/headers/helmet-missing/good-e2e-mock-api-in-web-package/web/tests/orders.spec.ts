import { test, expect } from "@playwright/test";

test("lists orders", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText("o-1")).toBeVisible();
});
