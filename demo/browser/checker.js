// The page's use of kefu-lint/dom (skipped with ?checker=off, e.g. to try the extension instead).
;(function () {
  if (new URLSearchParams(location.search).get('checker') === 'off') return
  window.kefuLintAttachment = KefuLint.attach(document.getElementById('reply'), {
    previous: '#messages .msg.customer .text',
    sendGuard: { button: '#send' },
  })
})()
