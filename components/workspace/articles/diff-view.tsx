import type { DiffPart } from '@/lib/diff/words';

/** A word diff as text with insertions and deletions marked (ins/del are announced by screen readers). */
export function DiffView({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="diff">
      {parts.map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index}>{part.text}</ins>
        ) : part.kind === 'removed' ? (
          <del key={index}>{part.text}</del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
