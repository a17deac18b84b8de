'use server';
import { redirect } from 'next/navigation';
import { signOut } from '@/lib/auth/authjs';
import { currentUser, endSession } from '@/lib/auth/sessions';

/** Ends this browser's session: the row first (so the cookie is useless even if it survives), then the cookie. */
export async function signOutAction(): Promise<void> {
  const user = await currentUser();
  if (user) await endSession(user.sessionId);
  await signOut({ redirect: false });
  redirect('/admin/login');
}
