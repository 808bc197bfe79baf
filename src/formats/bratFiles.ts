/**
 * Where BRAT files go, safely. Sanitized ids collide ("a b", "a?b" and "a_b.txt" all give
 * "a_b"), an id can exceed the 255 bytes a file name may have, and a symlink inside the
 * output directory would carry a write outside it: names taken in this run get a short hash
 * of the id, long names are cut and hashed, and no path component is ever a symlink.
 */
import { closeSync, constants, lstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** Leaves room for "~hash" and ".ann" within 255 bytes. */
const MAX_COMPONENT_BYTES = 200;

function hash8(s: string): string {
  return createHash('sha1').update(s).digest('hex').slice(0, 8);
}

function shorten(component: string): string {
  if (Buffer.byteLength(component) <= MAX_COMPONENT_BYTES) return component;
  let cut = '';
  for (const ch of component) {
    if (Buffer.byteLength(cut + ch) > MAX_COMPONENT_BYTES - 9) break;
    cut += ch;
  }
  return `${cut}~${hash8(component)}`;
}

/** Names used per output directory in this process; compared case-insensitively (macOS, Windows disks). */
const taken = new Map<string, Set<string>>();

/** A relative path (without extension) for `id` under `root`, unique within this run. */
export function uniqueBratName(root: string, id: string, sanitized: string): string {
  let used = taken.get(root);
  if (!used) taken.set(root, (used = new Set()));
  const base = sanitized.split('/').map(shorten).join('/');
  let name = base;
  for (let n = 1; used.has(name.toLowerCase()); n++) name = `${base}~${hash8(n === 1 ? id : `${id}\u0000${n}`)}`;
  used.add(name.toLowerCase());
  return name;
}

export class SymlinkError extends Error {}

/** Creates the directories of `rel` under root, refusing any component that is a symlink. */
export function makeDirsNoSymlink(root: string, relDir: string): void {
  mkdirSync(root, { recursive: true }); // the output directory itself may be a symlink the user chose
  let cur = root;
  for (const part of relDir.split('/').filter(Boolean)) {
    cur = join(cur, part);
    let isLink = false;
    try {
      isLink = lstatSync(cur).isSymbolicLink();
    } catch {
      mkdirSync(cur);
      continue;
    }
    if (isLink) throw new SymlinkError(`${cur} is a symlink; BRAT files are never written through one`);
  }
}

/** Writes a file that must not be a symlink (O_NOFOLLOW). */
export function writeNoFollow(path: string, content: string): void {
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o666);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOOP') throw new SymlinkError(`${path} is a symlink; BRAT files are never written through one`);
    throw err;
  }
  try {
    const buf = Buffer.from(content, 'utf8');
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
  } finally {
    closeSync(fd);
  }
}
