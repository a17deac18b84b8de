/** Where to go after signing in: only a path inside the workspace, never another site (`//evil`, `/\evil`). */
export function safeNextPath(next: string | undefined | null): string {
  if (!next || !/^\/admin(?:[/?#]|$)/.test(next) || /[\\\s]/.test(next) || next.startsWith('//')) return '/admin';
  return next;
}
