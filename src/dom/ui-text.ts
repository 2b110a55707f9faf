import type { Locale, Severity } from '../types.js'

/** The checker's own words, in the linter's locale. */
export interface UiText {
  popoverLabel: string
  severity: Record<Severity, string>
  replace(to: string): string
  remove(what: string): string
  ignore: string
  count(n: number): string
  guardTitle(n: number): string
  sendAnyway: string
  goBack: string
}

const ZH: UiText = {
  popoverLabel: '客服用语检查',
  severity: { error: '错误', warning: '警告', info: '提示' },
  replace: (to) => `改为「${to}」`,
  remove: (what) => `删去「${what}」`,
  ignore: '此处忽略',
  count: (n) => (n === 0 ? '客服用语检查：没有问题' : `客服用语检查：${n} 个问题，按 Alt+Enter 查看`),
  guardTitle: (n) => `这条回复还有 ${n} 个严重问题，确定要发送吗？`,
  sendAnyway: '仍然发送',
  goBack: '返回修改',
}

const EN: UiText = {
  popoverLabel: 'Reply check',
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  replace: (to) => `Change to “${to}”`,
  remove: (what) => `Delete “${what}”`,
  ignore: 'Ignore here',
  count: (n) => (n === 0 ? 'Reply check: no problems' : `Reply check: ${n} problem${n === 1 ? '' : 's'}, press Alt+Enter to review`),
  guardTitle: (n) => `This reply still has ${n} serious problem${n === 1 ? '' : 's'}. Send it anyway?`,
  sendAnyway: 'Send anyway',
  goBack: 'Go back and edit',
}

export const uiText = (locale: Locale): UiText => (locale === 'en' ? EN : ZH)
