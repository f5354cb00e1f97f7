export async function chatWithModel(question: string): Promise<{ content: string; toolCalls: Array<{ name: string }> }> {
  const res = await fetch('https://api.example.com/v1/chat', { method: 'POST', body: JSON.stringify({ question }) });
  const body = await res.json();
  return { content: body.text, toolCalls: body.tool_calls ?? [] };
}
