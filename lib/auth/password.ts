/**
 * Password hashing: argon2id with at least OWASP's minimum (19 MiB, 2 iterations, 1 lane). `needsRehash` tells the
 * sign-in code to upgrade a hash made with weaker parameters.
 */
import { hash, parseOptions, verify } from '@node-rs/argon2';

/** Argon2id in @node-rs/argon2's (const) enum. */
const ARGON2ID = 2;

export const passwordHashParams = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, ...passwordHashParams });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export function needsRehash(passwordHash: string): boolean {
  try {
    const current = parseOptions(passwordHash);
    return (
      Number(current.algorithm) !== ARGON2ID ||
      current.memoryCost < passwordHashParams.memoryCost ||
      current.timeCost < passwordHashParams.timeCost
    );
  } catch {
    return true;
  }
}
