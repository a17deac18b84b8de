import Link from 'next/link';

/** Previous, "page N of M", next: under every paged workspace list. The words are the list's own (newer/older…). */
export function Pager({
  page,
  pages,
  href,
  labels,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  labels: { nav: string; previous: string; next: string; position: string };
}) {
  return (
    <nav className="pager" aria-label={labels.nav}>
      {page > 1 && <Link href={href(page - 1)}>{labels.previous}</Link>}
      <span>{labels.position}</span>
      {page < pages && <Link href={href(page + 1)}>{labels.next}</Link>}
    </nav>
  );
}
