// totext.mjs prints what hast-util-to-text (the innerText algorithm of the
// unified/rehype ecosystem) makes of a whole HTML page parsed with
// hast-util-from-html, both with their defaults, then a newline.
// Used by ../../convert.sh.
import { readFileSync } from "node:fs";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";

process.stdout.write(toText(fromHtml(readFileSync(process.argv[2], "utf8"))) + "\n");
