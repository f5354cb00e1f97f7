// loads the dashboard bundle the build wrote next to this file
import('./assets/app-7c1e0d.js').then((m) => m.start(document.getElementById('root')));
