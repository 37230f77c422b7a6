/**
 * Pagefind names the files of its index by a hash of their content (a fragment per page, index chunks,
 * filters) and does not write a file that already exists. So the last build's index can stay in place:
 * Pagefind then writes only what changed, which at 1,000 posts halves its time. What it leaves behind is
 * stale and must go (a post turned into a draft must be neither findable nor readable from its
 * fragment): a file is current when the index's metadata names it. `pagefind-entry.json` names each
 * language's metadata file, `pagefind.<id>.pf_meta`; that file (gzip, a signature, then CBOR) names
 * every page fragment, index chunk and filter by id, the file name without its extension.
 */
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';
const META = /^pagefind\.(.+)\.pf_meta$/;

/** The ids of the current metadata files, from `pagefind-entry.json`. Throws for anything unexpected. */
export function currentMetaIds(entryJson: string): string[] {
  const { languages } = JSON.parse(entryJson) as { languages?: Record<string, { hash?: unknown }> };
  const ids = Object.values(languages ?? {}).map((language) => language.hash);
  if (ids.length === 0 || !ids.every((id): id is string => typeof id === 'string' && id.length > 0)) {
    throw new Error('pagefind-entry.json names no metadata');
  }
  return ids;
}

/** A metadata file's content, unpacked. Throws for a file this code does not understand. */
export function unpackMeta(file: Buffer): Buffer {
  const meta = gunzipSync(file);
  if (meta.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error('not Pagefind metadata');
  return meta;
}

/** How CBOR writes a text string of this many bytes, header first: so one id never matches inside a longer one. */
function cborText(id: string): Buffer {
  const bytes = Buffer.from(id, 'utf8');
  const header = bytes.length < 24 ? [0x60 + bytes.length] : bytes.length < 256 ? [0x78, bytes.length] : [0x79, bytes.length >> 8, bytes.length & 0xff];
  return Buffer.concat([Buffer.from(header), bytes]);
}

/**
 * The files of an index folder (paths relative to it, "/" separated) that no current metadata names:
 * hash-named files in its subfolders, and metadata files other than the current ones. Other top-level
 * files (the scripts, the WebAssembly, the entry) are written again by every build. Undefined for a
 * folder laid out otherwise than this code knows: then the index must be written afresh.
 */
export function staleIndexFiles(files: readonly string[], metaIds: readonly string[], metas: readonly Buffer[]): string[] | undefined {
  const stale: string[] = [];
  for (const path of files) {
    const [first, name, ...deeper] = path.split('/');
    if (deeper.length > 0) return undefined;
    if (name === undefined) {
      const meta = META.exec(first!);
      if (meta && !metaIds.includes(meta[1]!)) stale.push(path);
      continue;
    }
    const id = cborText(name.replace(/\.[^.]+$/, ''));
    if (!metas.some((content) => content.includes(id))) stale.push(path);
  }
  return stale;
}
