// hd.mjs PAGE.html: print happy-dom's document.body.innerText of the page
// (happy-dom 21.0.4, pinned in package-lock.json), and a newline. The page is
// written into a fresh Window with scripts, script and style sheet loading,
// frames and navigation off; nothing is fetched.
import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';

const html = readFileSync(process.argv[2], 'utf8');
const w = new Window({
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
    navigation: { disableMainFrameNavigation: true },
  },
});
w.document.write(html);
process.stdout.write(w.document.body.innerText + '\n');
await w.happyDOM.close();
