/** Every built-in rule's README.md by rule id, inlined at build time (tsup.config.ts ruleDocs plugin). */
declare module 'kefu-lint:rule-docs' {
  const docs: Record<string, string>
  export default docs
}
