// Lexicons are YAML files compiled to data at build time (tsup and vitest share the loader).
declare module '*.yaml' {
  const data: unknown
  export default data
}
