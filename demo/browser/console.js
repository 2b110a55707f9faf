// The mock console's own behaviour, as a real one has it: Enter or the button sends the reply.
;(function () {
  const params = new URLSearchParams(location.search)
  let box = document.getElementById('reply')
  if (params.get('input') === 'editable') {
    const div = document.createElement('div')
    div.id = 'reply'
    div.contentEditable = 'true'
    div.setAttribute('role', 'textbox')
    div.setAttribute('aria-multiline', 'true')
    div.setAttribute('aria-label', '回复')
    box.replaceWith(div)
    box = div
  } else if (params.get('input') === 'input') {
    // A one-line <input>, as some consoles have.
    const input = document.createElement('input')
    input.type = 'text'
    input.id = 'reply'
    input.placeholder = '输入回复，Enter 发送'
    box.replaceWith(input)
    box = input
  }
  const messages = document.getElementById('messages')
  const isField = box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement
  const read = () => (isField ? box.value : box.innerText)
  function send() {
    const text = read().trim()
    if (!text) return
    const li = document.createElement('li')
    li.className = 'msg agent'
    const who = document.createElement('span')
    who.className = 'who'
    who.textContent = '客服 小美'
    const p = document.createElement('p')
    p.className = 'text'
    p.textContent = text
    li.append(who, p)
    messages.append(li)
    messages.scrollTop = messages.scrollHeight
    if (isField) box.value = ''
    else box.textContent = ''
    box.dispatchEvent(new Event('input', { bubbles: true }))
    document.dispatchEvent(new CustomEvent('mock-console:sent', { detail: { text } }))
  }
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && !e.altKey) {
      e.preventDefault()
      send()
    }
  })
  document.getElementById('send').addEventListener('click', send)
  box.focus()
})()
