import { parse } from 'yaml'

/**
 * Turns a lexicon YAML file into a JS module at build time, so the browser bundle carries
 * plain data and no YAML parser. Used by tsup (esbuild plugin) and vitest (vite plugin).
 */
export function yamlToModule(source: string, file: string): string {
  try {
    return `export default ${JSON.stringify(parse(source))}`
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`)
  }
}
