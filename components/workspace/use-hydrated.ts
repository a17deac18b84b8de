import { useSyncExternalStore } from 'react';

const noChange = () => () => {};

/**
 * False in the server's HTML, true once the page's script runs. Forms that work only with the script keep their
 * buttons disabled until then: submitted without it, they would send the password as a plain form (into the address
 * bar, for a GET).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );
}
