/** `kefu-lint serve` and `kefu-lint mcp`: servers, dispatched before the lint options are parsed. */
export async function runSubcommand(name: 'serve' | 'mcp', argv: readonly string[], version: string): Promise<number> {
  if (name === 'serve') return (await import('../serve/main.js')).runServe(argv, version)
  return (await import('../mcp/main.js')).runMcp(argv, version)
}
