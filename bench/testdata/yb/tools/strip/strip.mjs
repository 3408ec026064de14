// strip.mjs prints what string-strip-html's stripHtml makes of a whole HTML
// page with the library's defaults (its .result), then a newline.
// Used by ../../convert.sh.
import { readFileSync } from "node:fs";
import { stripHtml } from "string-strip-html";

process.stdout.write(stripHtml(readFileSync(process.argv[2], "utf8")).result + "\n");
