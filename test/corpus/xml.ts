// A strict XML well-formedness check for the tests (no dependency): one root element, balanced and
// properly nested tags, quoted attributes without raw < or &, text without raw < or bare &.
const NAME = '[A-Za-z_:][-A-Za-z0-9_:.]*';
const ATTR = new RegExp(`\\s+(${NAME})\\s*=\\s*("[^"<]*"|'[^'<]*')`, 'gy');
const ENTITY = /&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);/y;

export function checkXml(xml: string): void {
  let i = 0;
  const stack: string[] = [];
  let roots = 0;
  const fail = (msg: string): never => {
    const line = xml.slice(0, i).split('\n').length;
    throw new Error(`not well-formed XML at line ${line}: ${msg}`);
  };
  const checkEntities = (s: string, where: string): void => {
    for (let k = s.indexOf('&'); k >= 0; k = s.indexOf('&', k + 1)) {
      ENTITY.lastIndex = k;
      if (!ENTITY.test(s)) fail(`bare & in ${where}`);
    }
  };
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) fail('unterminated XML declaration');
    i = end + 2;
  }
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (text.trim() && stack.length === 0) fail('text outside the root element');
    checkEntities(text, 'text');
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end < 0) fail('unterminated comment');
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i);
      if (end < 0) fail('unterminated CDATA');
      i = end + 3;
      continue;
    }
    const close = new RegExp(`</(${NAME})\\s*>`, 'y');
    close.lastIndex = i;
    const c = close.exec(xml);
    if (c) {
      const open = stack.pop();
      if (open !== c[1]) fail(`</${c[1]}> closes <${open ?? 'nothing'}>`);
      i = close.lastIndex;
      continue;
    }
    const openRe = new RegExp(`<(${NAME})`, 'y');
    openRe.lastIndex = i;
    const o = openRe.exec(xml);
    if (!o) fail('malformed tag');
    i = openRe.lastIndex;
    const seen = new Set<string>();
    for (;;) {
      ATTR.lastIndex = i;
      const a = ATTR.exec(xml);
      if (!a) break;
      if (seen.has(a[1]!)) fail(`duplicate attribute ${a[1]}`);
      seen.add(a[1]!);
      checkEntities(a[2]!, `attribute ${a[1]}`);
      i = ATTR.lastIndex;
    }
    const tail = /\s*(\/?)>/y;
    tail.lastIndex = i;
    const tl = tail.exec(xml);
    if (!tl) fail(`malformed tag <${o![1]}>`);
    i = tail.lastIndex;
    if (stack.length === 0) roots++;
    if (roots > 1) fail('more than one root element');
    if (!tl![1]) stack.push(o![1]!);
  }
  if (stack.length) fail(`unclosed <${stack[stack.length - 1]}>`);
  if (roots !== 1) fail('no root element');
}
