// HTML → plain text for bounce notices that come only as HTML (Gmail's card, some Exchange
// and Google Workspace notices, pages.md §2). Keeps block breaks as new lines so line-based
// decoders still see one sentence per line. No DOM: the core runs in Node and service workers.

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    const n = name.toLowerCase();
    if (n.startsWith('#x')) return String.fromCodePoint(parseInt(n.slice(2), 16) || 32);
    if (n.startsWith('#')) return String.fromCodePoint(parseInt(n.slice(1), 10) || 32);
    return ENTITIES[n] ?? whole;
  });
}

export function htmlToText(html: string): string {
  const text = html
    .replace(/<(head|style|script|title)\b[^<>]*>(?:(?!<\1\b)[\s\S])*?<\/\1\s*>/gi, ' ')
    .replace(/<!--(?:(?!<!--)[\s\S])*?-->/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/<(br|\/p|\/div|\/tr|\/li|\/h\d|\/table|p|div|tr|li|h\d|hr)\b[^<>]*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, ' ')
    .replace(/<[^<>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}
