import { autosave } from './editor'

document.addEventListener('input', (e) => autosave(e.target.value))
