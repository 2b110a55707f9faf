/** Chat clause bounds (a space between two Chinese characters ends a sentence), shared with curt-reply. */
export * from '../shared/chat-text.js'
