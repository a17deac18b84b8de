import 'server-only';
import { headers } from 'next/headers';
import { sessionClaims } from './authjs';
import { checkSession, type SessionCheck, type WorkspaceUser } from './sessions';

/**
 * The session of the request being served: the cookie's claims (Auth.js, authjs.ts) checked against the database
 * (sessions.ts). Its own module because Auth.js's sign-in starts a session row: authjs.ts needs sessions.ts, and
 * this module needs both.
 */

/**
 * Checks made in this request, keyed by its headers object (one per request in Next). React's `cache` only works
 * while a page renders; a server action checks the session in `runAction` and again in `requireActor`, and both
 * must share one database read.
 */
const checksOfRequest = new WeakMap<object, Promise<SessionCheck>>();

/** The signed-in user of this request, checked against the database once per request. */
export async function currentSession(): Promise<SessionCheck> {
  const request = await headers();
  let check = checksOfRequest.get(request);
  if (!check) {
    check = sessionClaims().then(checkSession);
    checksOfRequest.set(request, check);
  }
  return check;
}

export async function currentUser(): Promise<WorkspaceUser | null> {
  const check = await currentSession();
  return check.ok ? check.user : null;
}
