#!/usr/bin/env python3
"""(xy's script, as xz and ya to yq used it, unchanged.) Expand the indentation shorthand of src/<page>.txt into html/<page>.html.

The pages were written in a shorthand to save typing; html/ is the source of
everything else (convert.sh reads only html/).  A shorthand line is

    tag.class1.class2#id [raw attributes] @label | text

indented two spaces per level of nesting; "@label" becomes data-gold="label",
"| text" the element's text (inline HTML allowed), a line "| text" alone a
text line inside its parent (a paragraph spread over several source lines),
a line "~" an empty source line (as WordPress leaves between paragraphs), and
a line starting with "<" is copied as it is.
Every element goes on its own line, indented two spaces per level, as a CMS
template emits it; an element with text and no children on one line."""
import re, sys, os, html

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
VOID = {'img', 'meta', 'link', 'input', 'br', 'hr', 'source'}
RX = re.compile(r'^([a-z][a-z0-9]*)((?:[.#][\w-]+)*)(?:\s+\[(.*?)\])?(?:\s+@(\w+))?(?:\s*\|\s?(.*))?$')

def parse(lines):
    root = {'children': [], 'ind': -1}
    stack = [root]
    for ln in lines:
        if not ln.strip() or ln.lstrip().startswith('//'):
            continue
        ind = len(ln) - len(ln.lstrip(' '))
        s = ln.strip()
        while stack[-1]['ind'] >= ind:
            stack.pop()
        if s == '~':
            node = {'raw': '', 'ind': ind, 'children': []}
        elif s.startswith('<'):
            node = {'raw': s, 'ind': ind, 'children': []}
        elif s.startswith('|'):
            node = {'text': s[1:].strip(), 'ind': ind, 'children': []}
        else:
            m = RX.match(s)
            if not m:
                sys.exit('bad line: ' + ln)
            tag, sel, attrs, lab, text = m.groups()
            cls = [x[1:] for x in re.findall(r'\.[\w-]+', sel or '')]
            ids = [x[1:] for x in re.findall(r'#[\w-]+', sel or '')]
            a = ''
            if ids: a += f' id="{ids[0]}"'
            if cls: a += ' class="' + ' '.join(cls) + '"'
            if attrs: a += ' ' + attrs
            if lab: a += f' data-gold="{lab}"'
            node = {'tag': tag, 'a': a, 'text': text, 'ind': ind, 'children': []}
        stack[-1]['children'].append(node)
        stack.append(node)
    return root['children']

def emit(nodes, depth, out):
    pad = '  ' * depth
    for n in nodes:
        if 'raw' in n:
            out.append(pad + n['raw'] if n['raw'] else ''); continue
        if 'tag' not in n:
            out.append(pad + n['text']); continue
        t, a = n['tag'], n['a']
        if t in VOID:
            out.append(f'{pad}<{t}{a}>'); continue
        if not n['children']:
            out.append(f'{pad}<{t}{a}>{n["text"] or ""}</{t}>'); continue
        out.append(f'{pad}<{t}{a}>' + (n['text'] or ''))
        emit(n['children'], depth + (0 if t in ('html',) else 1), out)
        out.append(f'{pad}</{t}>')

def main():
    for page in sys.argv[1:]:
        src = open(f'{BASE}/src/{page}.txt', encoding='utf-8').read().split('\n')
        out = ['<!DOCTYPE html>']
        emit(parse(src), 0, out)
        open(f'{BASE}/html/{page}.html', 'w', encoding='utf-8').write('\n'.join(out) + '\n')

if __name__ == '__main__':
    main()
