/**
 * The workspace's Content-Security-Policy: scripts only with this response's nonce (Next puts it on its own
 * scripts; 'strict-dynamic' lets those load their chunks), no eval, no plugins, no <base>, no framing. Style
 * attributes are allowed (ProseMirror positions its widgets with them); style elements need the nonce too.
 * Development adds 'unsafe-eval' because React's dev build needs it; production never does.
 */
export function workspaceContentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
