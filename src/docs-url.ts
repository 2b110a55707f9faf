/**
 * The one place that says where kefu-lint's rule docs live. The repository is the one
 * package.json declares (a test keeps the two equal); `docsUrl` in a config overrides the base,
 * e.g. for a shop's own mirror of the docs.
 */
export const REPOSITORY_URL = 'https://github.com/kefu-lint/kefu-lint'
export const DEFAULT_DOCS_URL = `${REPOSITORY_URL}/blob/main/rules/`

/** The doc page of a rule under a docs base (`docsUrl` ends with a slash). */
export function ruleDocsUrl(docsUrl: string, ruleId: string): string {
  return `${docsUrl}${ruleId}/README.md`
}
