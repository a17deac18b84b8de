/** on-headers 1.1 ships no types (the @types/on-headers package on npm is mislabelled); its one export. */
declare module 'on-headers' {
  import type { ServerResponse } from 'node:http';
  export default function onHeaders<T extends ServerResponse>(response: T, listener: (this: T) => void): void;
}
