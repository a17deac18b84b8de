/**
 * Where and how uploads are written. Storage paths are built only from parts this module generates (date, random id,
 * a slug of the name, an extension chosen from the detected type), so nothing an uploader sends can steer a path.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { slugify } from '@/lib/slug';

export const MAX_STEM_LENGTH = 60;
const MAX_DISPLAY_NAME_LENGTH = 255;

/** Files and folders must be readable by the web server even when the app runs under a strict umask. */
const FILE_MODE = 0o644;
const DIR_MODE = 0o755;

/** Last segment of a path as sent by old browsers (`C:\Users\name\photo.jpg`), which would leak the uploader's folders. */
const baseName = (name: string) => name.split(/[\\/]/).pop() ?? '';

/**
 * ASCII stem for the stored file name: transliterated like article slugs (so Russian and Turkmen names stay
 * readable), without the extension (the stored one follows the detected type), [a-z0-9-] only, at most 60 characters.
 */
export function safeFileStem(originalName: string): string {
  const base = baseName(originalName);
  const dot = base.lastIndexOf('.');
  const stem = slugify(dot > 0 ? base.slice(0, dot) : base)
    .slice(0, MAX_STEM_LENGTH)
    .replace(/-+$/, '');
  return stem || 'file';
}

/**
 * The name shown to editors: the base name without control or bidirectional-override characters (which make
 * `photo<U+202E>gpj.exe` display as `photoexe.jpg`), at most 255 characters.
 */
export function displayName(originalName: string): string {
  const cleaned = baseName(originalName)
    .normalize('NFC')
    .replace(/[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    .trim();
  return [...cleaned].slice(0, MAX_DISPLAY_NAME_LENGTH).join('');
}

/**
 * `<yyyy>/<mm>/<random-id>-<stem>` (UTC): the random id makes paths unguessable and unique without a database
 * round-trip; the month folders keep directories small. Always `/`-separated, since it is also the URL path.
 */
export function storageBase(now: Date, stem: string): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `${now.getUTCFullYear()}/${month}/${randomBytes(8).toString('hex')}-${stem}`;
}

/** Absolute path of a stored file, refusing anything that would resolve outside the uploads folder. */
export function resolveStored(uploadsDir: string, storagePath: string): string {
  const root = path.resolve(uploadsDir);
  const file = path.resolve(root, ...storagePath.split('/'));
  if (!file.startsWith(root + path.sep)) throw new Error(`Storage path outside the uploads folder: ${storagePath}`);
  return file;
}

export type FileToStore = { storagePath: string; data: Uint8Array };

/**
 * Writes all files of one upload, or none: if one write fails, those already written are removed and the error is
 * rethrown (a full disk or a permission problem is an operational failure, not a property of the upload).
 */
export async function storeFiles(uploadsDir: string, files: FileToStore[]): Promise<void> {
  const written: string[] = [];
  try {
    for (const { storagePath, data } of files) {
      const file = resolveStored(uploadsDir, storagePath);
      await ensureDir(path.dirname(file));
      await writeAtomically(file, data);
      written.push(file);
    }
  } catch (error) {
    await Promise.all(written.map((file) => rm(file, { force: true })));
    throw error;
  }
}

/** Removes stored files (for the caller to undo an upload whose database row could not be created). */
export async function removeFiles(uploadsDir: string, storagePaths: string[]): Promise<void> {
  await Promise.all(storagePaths.map((storagePath) => rm(resolveStored(uploadsDir, storagePath), { force: true })));
}

async function ensureDir(dir: string): Promise<void> {
  const first = await mkdir(dir, { recursive: true, mode: DIR_MODE });
  if (!first) return;
  // mkdir's mode is filtered by the umask: set it on every folder this call created, from the deepest up.
  for (let at = dir; ; at = path.dirname(at)) {
    await chmod(at, DIR_MODE);
    if (at === first || at === path.dirname(at)) break;
  }
}

/**
 * Temp file in the same folder, synced, then renamed: readers (the public site, backups) never see a half-written
 * file, and a crash leaves only a dot-named `.tmp` file, which the public site does not serve.
 */
async function writeAtomically(file: string, data: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', FILE_MODE);
    try {
      await handle.writeFile(data);
      await handle.chmod(FILE_MODE); // open()'s mode is filtered by the umask as well
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
