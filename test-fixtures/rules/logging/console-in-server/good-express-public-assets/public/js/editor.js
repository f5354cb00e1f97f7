import { debounce } from './util'

// The note editor, bundled and served to the browser as a static file.
export function saveDraft (text) {
  try {
    localStorage.setItem('draft', text)
  } catch (e) {
    console.error('could not keep the draft', e)
  }
}

export const autosave = debounce(saveDraft, 500)
