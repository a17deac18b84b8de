/**
 * XML an attacker uploads instead of an XLIFF or TMX file: external entities (XXE: reading server files, reaching
 * internal hosts), entity expansion ("billion laughs"), and nesting deep enough to exhaust a recursive reader.
 */
const roots = {
  xliff: '<xliff version="1.2"><file>&x;</file></xliff>',
  tmx: '<tmx version="1.4"><body>&x;</body></tmx>',
};

export const hostileXml = {
  externalEntity: (kind: keyof typeof roots) =>
    `<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n${roots[kind]}`,
  billionLaughs: (kind: keyof typeof roots) => {
    const levels = Array.from({ length: 9 }, (_, index) =>
      index === 0 ? '<!ENTITY l0 "lol">' : `<!ENTITY l${index} "${`&l${index - 1};`.repeat(10)}">`,
    ).join('');
    return `<?xml version="1.0"?>\n<!DOCTYPE r [${levels}<!ENTITY x "&l8;">]>\n${roots[kind]}`;
  },
  deep: (depth: number) => `<xliff version="1.2">${'<g>'.repeat(depth)}${'</g>'.repeat(depth)}</xliff>`,
};
