import type { Readable } from 'node:stream';

/**
 * Where uploaded files live. Local disk by default; an object store (OSS, COS, S3) is another
 * implementation of the same three methods.
 */
export abstract class FileStorage {
  abstract put(key: string, data: Buffer): Promise<void>;
  abstract read(key: string): Promise<Readable>;
  abstract delete(key: string): Promise<void>;
}
