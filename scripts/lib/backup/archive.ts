/**
 * Packing a backup's parts into one file and back: tar (tar-stream), gzip (zlib), and, when a recipient is given, age
 * encryption (age-encryption, the reference TypeScript implementation), all streamed: a backup never has to fit in
 * memory. Reading refuses any path it does not expect and any other kind of entry than a plain file.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createGunzip, createGzip } from 'node:zlib';
import { Decrypter, Encrypter } from 'age-encryption';
import tar from 'tar-stream';
import { hashing } from './database-copy';
import { isArchivePath } from './format';

const AGE_MAGIC = 'age-encryption.org/v1\n';

export class BackupFileError extends Error {}

const toWeb = (stream: Readable) => Readable.toWeb(stream) as unknown as ReadableStream<Uint8Array>;
const fromWeb = (stream: ReadableStream<Uint8Array>) => Readable.fromWeb(stream as unknown as WebReadableStream);

export interface ArchiveWriter {
  /**
   * Adds a file from disk under `name`; resolves with its size and SHA-256 as written, or null when the file is gone
   * (deleted since it was listed). Once opened, a file deleted meanwhile is still read whole.
   */
  addFile(name: string, source: string): Promise<{ sha256: string; bytes: number } | null>;
  addBuffer(name: string, content: Buffer): Promise<void>;
  /** Ends the archive and waits until the file is complete on disk. */
  finish(): Promise<void>;
}

export async function createArchive(file: string, recipient?: string): Promise<ArchiveWriter> {
  const pack = tar.pack();
  let output: Readable = pack.pipe(createGzip());
  if (recipient) {
    const encrypter = new Encrypter();
    encrypter.addRecipient(recipient);
    output = fromWeb(await encrypter.encrypt(toWeb(output)));
  }
  const written = pipeline(output, createWriteStream(file, { mode: 0o600 }));
  written.catch(() => {});
  const mtime = new Date();
  // Entries are written one after the other (tar-stream needs one to end before the next starts).
  const entry = (name: string, size: number): Writable => pack.entry({ name, size, mode: 0o600, mtime });
  return {
    async addFile(name, source) {
      const handle = await open(source, 'r').catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      });
      if (!handle) return null;
      try {
        const { size } = await handle.stat();
        const hash = hashing();
        const reader =
          size > 0 ? handle.createReadStream({ start: 0, end: size - 1, autoClose: false }) : Readable.from([]);
        await pipeline(reader, hash, entry(name, size));
        return hash.digest();
      } finally {
        await handle.close();
      }
    },
    async addBuffer(name, content) {
      await pipeline(Readable.from([content]), entry(name, content.length));
    },
    async finish() {
      pack.finalize();
      await written;
    },
  };
}

/** Whether a backup file is age-encrypted (read from its first bytes, not its name). */
export async function isEncrypted(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(AGE_MAGIC.length);
    await handle.read(buffer, 0, buffer.length, 0);
    return buffer.toString('latin1') === AGE_MAGIC;
  } finally {
    await handle.close();
  }
}

/**
 * Unpacks a backup file into `dir` and returns the size and SHA-256 of every file it held (computed while
 * writing). An encrypted file needs one of `identities` (AGE-SECRET-KEY-1…); without the right one, nothing is read.
 */
export async function extractArchive(
  file: string,
  dir: string,
  identities: string[],
): Promise<Map<string, { sha256: string; bytes: number }>> {
  let input: Readable = createReadStream(file);
  if (await isEncrypted(file)) {
    if (identities.length === 0) {
      throw new BackupFileError(
        'this backup is encrypted: give the private key (--identity <file> or BACKUP_AGE_IDENTITY_FILE)',
      );
    }
    const decrypter = new Decrypter();
    for (const identity of identities) decrypter.addIdentity(identity);
    try {
      input = fromWeb(await decrypter.decrypt(toWeb(input)));
    } catch (error) {
      throw new BackupFileError(
        `cannot decrypt this backup with the key given (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  const parts = new Map<string, { sha256: string; bytes: number }>();
  const extract = tar.extract();
  const reading = pipeline(input, createGunzip(), extract);
  // A damaged stream destroys the extractor but may leave the entry being written waiting for bytes that never come:
  // every wait below also ends when the reading fails.
  const broken = new Promise<never>((_resolve, reject) => {
    reading.catch(reject);
  });
  broken.catch(() => {});
  try {
    for await (const entry of extract) {
      const { name, type } = entry.header;
      if (type === 'directory') {
        entry.resume();
        continue;
      }
      if (type !== 'file' || !isArchivePath(name) || parts.has(name)) {
        throw new BackupFileError(`unexpected entry in the backup: ${JSON.stringify(name.slice(0, 200))}`);
      }
      const target = path.join(dir, ...name.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      const hash = hashing();
      await Promise.race([pipeline(entry, hash, createWriteStream(target, { mode: 0o600 })), broken]);
      parts.set(name, hash.digest());
    }
    await reading;
  } catch (error) {
    if (error instanceof BackupFileError) throw error;
    throw new BackupFileError(
      `the backup file is damaged or not a Habar backup (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return parts;
}
