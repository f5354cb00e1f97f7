export function summaryPrompt(topic: string) {
  return `Summarise the ${topic} in three lines.`;
}
