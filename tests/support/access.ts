import { ForbiddenError } from '@/lib/auth/permissions';

/**
 * What the data layer answered an access-matrix call: `allowed` when it ran, `forbidden` when it refused with
 * ForbiddenError; anything else it threw fails the test as it is. `check` looks at an allowed call's result.
 */
export function accessOutcome<T>(call: Promise<T>, check?: (result: T) => void): Promise<'allowed' | 'forbidden'> {
  return call.then(
    (result) => {
      check?.(result);
      return 'allowed' as const;
    },
    (error: unknown) => {
      if (error instanceof ForbiddenError) return 'forbidden' as const;
      throw error;
    },
  );
}
